import type { DemoThread } from '../script.ts';

export const progressive: DemoThread = {
  slug: 'is-hsct-worth-it-for-progressive-ms',
  title: 'Is HSCT worth it for progressive MS?',
  author: 'dr_okafor',
  mode: 'auto',
  tags: ['HSCT', 'Progressive MS', 'Research'],
  ageDays: 3,
  body: `This is the question I find hardest to answer, because the people asking it have the fewest other options.

What we know: the benefit of HSCT is largest when the disease is driven by inflammation, meaning relapses and new or enhancing lesions. In progressive MS without that activity, cohorts show much less benefit, and the risks of treatment are the same or higher, especially with more disability.

What we do not know: whether some people with progressive MS and ongoing inflammation benefit more than the averages suggest. Trials that include them are small.

I know this thread will be heated. Please remember that everyone here is trying to make the best decision for themselves or someone they love.`,
  comments: `
fiona_w 1h: PPMS, diagnosed eight years ago, EDSS 6. I have read everything. I still want to try, because doing nothing is also a decision with consequences.
  dr_okafor 3h: That is a completely understandable position, Fiona. What I would ask is that you get an MRI with contrast first: if there is inflammatory activity, the conversation changes.
    fiona_w 5h: My last scan was two years ago. I will ask for a new one.
  greg_h 4h: Do it, Fiona. Don't let them talk you out of it like they tried with me.
    priya_s 6h: Nobody here is talking anyone out of anything. Asking for a scan first is not the same as saying no.
      greg_h 7h: It is the same delaying tactic every time.
        priya_s 8h: A scan takes a week. A transplant takes your whole year. Knowing first is not a tactic.
          greg_h 9h: Easy to say when you are not the one losing function every month.
  fiona_w 10h: Please, both of you. I asked for experience, not a fight.
dev_n 5h cite:muraro2017:supports: The registry numbers for progressive MS: progression-free survival at five years was around a third, compared with around three quarters in relapsing MS. Those are averages across very different people, but the gap is large.
  tom_b 7h: A third is not nothing though.
    dev_n 9h: No, but without a comparison group we do not know how many of that third would have been stable anyway. Progressive MS has slow periods on its own.
      tom_b 11h: That is the part I never thought about.
mark_d 8h rejected: Anyone who takes their PPMS to a foreign clinic deserves what happens to them.
  rosa_l 9h: That is a cruel thing to say to people who are scared.
  demo_moderator 10h: Removed. Mark, this is your second warning this week.
grace_testimony 12h spam: I was suffering from progressive MS for 9 years until I met the great Prophet Abiola who gave me his herbal medicine and prayers. Within 3 weeks all my symptoms vanished and my doctor was amazed!!! Contact him on WhatsApp +234 813 555 0142 or email prophetabiola.healing@example.com, he also cures HIV and diabetes.
hannah_j 14h: My aunt has SPMS and had HSCT in 2020. She did not improve, but she has been stable since, and before she was losing something every few months. She says it was worth it. Her neurologist is less sure.
  fiona_w 16h: That is the kind of honest story I was hoping for. Thank you.
  dev_n 18h: Stories like your aunt's are exactly why the trials need to include progressive patients with activity.
maya_r 1d: What about the cognitive risks? I read about "chemo brain" lasting years.
  priya_s 1d3h: It is reported, mostly as concentration and memory problems in the first year. Ask the centre how they assess cognition before and after.
    maya_r 1d5h: I did not know they assessed it at all. Good to know what to ask for.
sam_o 1d8h: Do you think the trials will ever give a clear answer for progressive MS?
  dr_okafor 1d10h: Only if they enrol enough people with progressive disease and follow them for years. I hope so, honestly.
jonas_k 2d: I had relapsing MS, so I cannot speak for progressive. But I met people in Moscow who did. Some were glad, some regretted the cost. None regretted asking questions first.
eli_p 2d4h pending: Could a moderator pin the evidence thread here? People keep asking the same questions.
ali_t 2d8h pending: Our support group is meeting online on Thursday to talk about exactly this. Is it all right to post the sign-up link?
`,
};
