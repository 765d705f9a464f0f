import type { DemoPerson } from '../script.ts';

/** Everyone who writes in the demo. Those with a password can sign in; README lists them as demo-only. */
export const PEOPLE: DemoPerson[] = [
  { handle: 'demo_admin', name: 'Avery Quinn', role: 'admin', password: 'demo-admin-password' },
  { handle: 'demo_moderator', name: 'Morgan Reyes', role: 'moderator', password: 'demo-moderator-password' },
  {
    handle: 'dr_okafor',
    name: 'Dr. Nneka Okafor',
    role: 'author',
    password: 'demo-author-password',
    bio: 'Nneka Okafor is a neurologist who runs an MS clinic and writes about research for patients.',
  },
  {
    handle: 'lena_writes',
    name: 'Lena Marsh',
    role: 'author',
    password: 'demo-author-password',
    bio: 'Lena Marsh has had relapsing MS since 2014 and writes about living with it.',
  },
  { handle: 'maya_r', name: 'Maya Rahman', role: 'member', password: 'demo-member-password' },
  { handle: 'tom_b', name: 'Tom Becker', role: 'member', password: 'demo-member-password' },
  { handle: 'jonas_k', name: 'Jonas K.', role: 'member' },
  { handle: 'priya_s', name: 'Priya Shah, RN', role: 'member' },
  { handle: 'greg_h', name: 'Greg H.', role: 'member' },
  { handle: 'carla_m', name: 'Carla Mendes', role: 'member' },
  { handle: 'sam_o', name: 'Sam O.', role: 'member' },
  { handle: 'fiona_w', name: 'Fiona W.', role: 'member' },
  { handle: 'dev_n', name: 'Dev Narayan', role: 'member' },
  { handle: 'rosa_l', name: 'Rosa L.', role: 'member' },
  { handle: 'ali_t', name: 'Ali T.', role: 'member' },
  { handle: 'mark_d', name: 'Mark D.', role: 'member' },
  { handle: 'hannah_j', name: 'Hannah J.', role: 'member' },
  { handle: 'eli_p', name: 'Eli P.', role: 'member' },
  { handle: 'grace_testimony', name: 'Grace Williams', role: 'member' },
  { handle: 'quickfunds', name: 'QuickFunds Finance', role: 'member' },
  { handle: 'clinic_reviews', name: 'Best Clinic Reviews', role: 'member' },
];
