import { clinics } from './clinics.ts';
import { costs } from './costs.ts';
import { diaries } from './diaries.ts';
import { evidence } from './evidence.ts';
import { progressive } from './progressive.ts';

export { PEOPLE } from './people.ts';
export const THREADS = [evidence, costs, diaries, clinics, progressive];
