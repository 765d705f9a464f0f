import type { DemoThread } from '../script.ts';

export const clinics: DemoThread = {
  slug: 'moscow-puebla-or-a-trial-at-home',
  title: 'Moscow, Puebla or a trial at home? Comparing your options',
  author: 'dr_okafor',
  mode: 'auto',
  tags: ['HSCT', 'Clinics abroad', 'Trials'],
  ageDays: 8,
  body: `People often ask me to compare the well-known clinics abroad with a trial or a transplant centre at home. I cannot recommend a clinic, but I can list what to compare:

- **Protocol:** which conditioning regimen, and is it the one studied in the trials?
- **Selection:** do they accept everyone who can pay, or do they turn people away? A centre that says no sometimes is a good sign.
- **Outcomes:** do they publish their results, including deaths and serious infections?
- **Aftercare:** who looks after you when you are home, and do they talk to your neurologist?

A trial at home answers most of these by design, but places are few and you may be randomised to a drug. Share what you found when you compared.`,
  comments: `
jonas_k 2h: Moscow asked for my MRI and full history before they even gave me a date, and they turned down a friend with long-standing progressive MS. That reassured me.
  fiona_w 4h: They turned down my application too, for the same reason. It hurt, but I understand it better after reading the evidence thread.
    jonas_k 6h: I am sorry, Fiona. For what it is worth I think they were being honest with you.
carla_m 3h: Puebla accepted me quickly, maybe too quickly. The care was excellent, but I never saw their outcome numbers.
  dev_n 5h: Did you ask? Some centres publish cohort papers, it is a fair question for any clinic.
    carla_m 7h: I asked afterwards. They pointed me to a conference abstract. Not nothing, not a full paper.
greg_h 6h: Trials at home are a way to stall. Years of waiting, then a coin toss that puts you on the same drugs that already failed you.
  hannah_j 8h: I am in a trial and I was not stalled, I started within six weeks of screening. And the drug arm is not the old drugs, it is the best we have.
    greg_h 9h report:hannah_j:incivility: Enjoy being a lab rat then.
      hannah_j 10h: Someone has to be, or we would still be arguing about this in twenty years.
        mark_d 11h: At least lab rats get results. HSCT tourists get debt and funerals.
          demo_moderator 12h: Mark, that is out of line in a thread full of people who have had the treatment. Please keep it civil.
priya_s 1d: A practical comparison: ask every centre what happens if you get neutropenic fever on day nine. The answer tells you a lot about their ward.
  tom_b 1d3h: What would a good answer sound like?
    priya_s 1d5h: Named protocol, antibiotics within the hour, an infectious disease team on call. A vague "we handle it" is not good enough.
      tom_b 1d7h: Writing that down word for word.
clinic_reviews 1d9h spam: Great article!! We ranked the TOP 10 stem cell clinics of 2026 with prices and discounts, see https://best-stemcell-clinics.example.biz/top-10-hsct-clinics-2026 and https://cheap-hsct-deals.example.biz/offer before you book anything!!!
maya_r 2d: Does anyone know how the trial centres choose who gets in? I am 44, is that too old?
  dr_okafor 2d4h cite:ramMs:mentions: Most trials set an upper age around 50 to 55, plus limits on disease duration and disability. The registry entry lists the exact criteria for each trial.
    maya_r 2d6h: Thank you, I will look up the listing tonight.
eli_p 3d: I chose a centre at home outside a trial, as a standard treatment. Less waiting than a trial, no flights, but a longer list of tests beforehand.
  lena_writes 3d4h: Was it covered by your health service?
    eli_p 3d6h: Yes, after a second opinion from another MS centre agreed I qualified.
ali_t 4d: Language was our biggest problem abroad. Ask whether there is a translator on the ward at night, not just in the office.
  carla_m 4d3h: Good point. Ours had one until 6pm, after that it was a translation app and hand signals.
sam_o 5d: If you had to do it again, would you choose the same place?
  jonas_k 5d2h: Yes, without hesitation.
  carla_m 5d4h: Yes, but I would ask for the numbers first.
  rosa_l 5d6h: We would have tried harder for a place at home first. The travel was the hardest part for us.
greg_h 6d pending: Every neurologist in this thread is paid to say "try the trial first". Follow the money.
`,
};
