import type { DemoThread } from '../script.ts';

export const diaries: DemoThread = {
  slug: 'recovery-diaries-first-year',
  title: 'Recovery diaries: the first year after transplant',
  author: 'lena_writes',
  mode: 'post',
  tags: ['HSCT', 'Recovery', 'Patient stories'],
  ageDays: 30,
  body: `A place for month-by-month notes from people who have had HSCT: the good weeks and the terrible ones.

These are stories, not evidence, and that is fine: they are what nobody can find in a trial paper. If you are reading to decide about treatment, read the evidence thread too.

Comments here are published straight away and moderated afterwards, so please keep it kind.`,
  comments: `
lena_writes 2h: I will start. Month one: hair gone, taste gone, sleeping fourteen hours a day. The isolation ward felt like a long flight that never lands.
  maya_r 4h: Fourteen hours! Did the fatigue ever scare you?
    lena_writes 6h: Every day for a while. My nurse kept saying the body is rebuilding an immune system from scratch, of course it is tired.
      maya_r 8h: That is a comforting way to put it.
jonas_k 1d: Month three for me was the low point. Everyone expected me to be "better" and I was worse than before the transplant.
  rosa_l 1d2h: My husband said the same. Month three, month four, flat as a board. It passed.
    jonas_k 1d4h: It passed for me too, around month six. Nobody warned me about the dip.
      priya_s 1d6h: We call it the post-transplant slump on our ward. It is common and it does not mean the treatment failed.
        jonas_k 1d8h: I wish someone had used those words to me back then.
          lena_writes 1d10h: Adding this to the guide I am writing. Thank you both.
carla_m 2d: Month seven: first walk to the beach without my stick. I cried the whole way there.
  tom_b 2d3h: That made my day, Carla.
  fiona_w 2d6h: Happy for you. Truly.
rosa_l 3d: Caregiver's diary, since nobody writes those. The hardest part for me was the infection scare in week five. We were at the hospital at 3am and I had no idea what to tell our kids.
  lena_writes 3d4h: Thank you for writing this, Rosa. Partners carry so much of it.
    rosa_l 3d8h: He is doing well now. Cycling to work twice a week.
hannah_j 4d: Not transplanted, but I read every one of these. They help me more than the glossy clinic videos.
greg_h 5d cite:burt2015:supports report:mark_d:misinformation: Month ten: EDSS down from 4.5 to 3. Tell me again that it does not reverse disability.
  dev_n 5d4h: Wonderful for you, Greg. Improvements like that are reported, mostly in the first years and in people with recent relapses. The question is how often, not whether.
    greg_h 5d6h: It happened to me. That is all the "how often" I need.
      dev_n 5d8h: For you, absolutely. For someone deciding now, they need the how often.
eli_p 7d: Month twelve: MRI clean, first one with no new lesions since diagnosis. I did not expect to feel so calm about a scan.
  sam_o 7d3h: That is what I hope for. Thank you for posting the good ones too.
  maya_r 7d6h: Congratulations Eli!
carla_m 10d: A practical note: keep a small notebook for your daily temperature and bloods. The clinic at home asked for all of it.
  priya_s 10d4h: Seconding this, it saves hours at follow-up appointments.
jonas_k 12d: Year two now. Still no relapses. Still tired on bad days, but a normal tired.
  lena_writes 12d3h: "A normal tired" might be the best phrase in this whole thread.
tom_b 14d: Question for those past a year: did your cognitive fog lift too, or only the physical symptoms?
  jonas_k 14d5h: Mostly lifted, after about nine months. I still lose words when I am exhausted.
  carla_m 14d8h: Same for me, slowly. Crosswords helped me notice the change, not sure they caused it.
maya_r 18d: Month five update from my sister, who asked me to post for her: hair growing back curly, which nobody can explain.
  rosa_l 18d2h: Ha! Same thing happened to my husband. Chemo curls are real.
sam_o 20d pending: Is it normal to feel guilty about how much my family has had to do for me this year?
`,
};
