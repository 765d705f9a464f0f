import type { DemoThread } from '../script.ts';

export const evidence: DemoThread = {
  slug: 'what-the-hsct-trials-show',
  title: 'What the HSCT trials actually show, and what they do not',
  author: 'dr_okafor',
  mode: 'auto',
  tags: ['HSCT', 'Research', 'Relapsing MS'],
  ageDays: 21,
  body: `Every week someone asks me whether stem cell transplantation "cures" MS. The honest answer is that it depends on who you are, and that the strongest evidence covers a narrower group than the headlines suggest.

**The randomised evidence.** The MIST trial (NCT00273364, Burt et al., JAMA 2019, doi:10.1001/jama.2018.18743) compared non-myeloablative HSCT with continued disease-modifying therapy in people with highly active *relapsing* MS. Far fewer people in the transplant group worsened over the follow-up. That is a strong result, in a specific population.

**The long-term cohorts.** Registry data (Muraro et al., JAMA Neurology 2017, doi:10.1001/jamaneurol.2016.5867) suggest the benefit is largest in younger people with inflammatory disease and shorter duration, and much smaller in progressive MS.

**The risks.** Transplant-related mortality has fallen with better patient selection, but it is not zero, and infections, infertility and secondary autoimmunity are real.

Trials comparing HSCT with the strongest modern drugs are running now (BEAT-MS, NCT04047628; RAM-MS, NCT03477500). Until they report, I try to help each patient weigh the evidence for their own situation. Ask your questions below.`,
  comments: `
sam_o 3h: Thank you for writing this. I was diagnosed in spring and the online groups make it sound like HSCT is the only sane choice. How do I know whether I count as "highly active"?
  dr_okafor 5h: In the trials it usually meant two or more relapses in the previous year despite treatment, or new enhancing lesions on MRI. Your neurologist can tell you where your scans and history put you.
    sam_o 7h: Two relapses in eight months, one while on an injectable. So maybe?
      dr_okafor 9h: Maybe, yes. That is exactly the conversation to have with an MS centre that offers HSCT or a trial. Bring your MRI reports.
        sam_o 1d2h: Booked. I feel less lost already.
          maya_r 1d4h: Good luck Sam. Write down your questions before the appointment, the time goes fast.
jonas_k 6h cite:mist:supports: I had HSCT four years ago. No relapses, no new lesions, back at work full time. For me it was worth every minute of the isolation ward.
  priya_s 8h: Glad it went well for you, Jonas. I nurse on a haematology ward and I have also seen the other side: long infections, people readmitted for weeks. Both stories are true.
    jonas_k 10h: Fair. Nobody told me it would be easy, and it was not.
    greg_h 11h: The "other side" is mostly fearmongering by neuros protecting their drug money.
      priya_s 13h: I am a nurse, Greg. I get paid the same whatever drug anyone takes.
        greg_h 14h report:priya_s:incivility report:dev_n:incivility: Then you have been brainwashed by the ones who do.
          demo_moderator 15h: Greg, argue with the point, not the person. Next one like that goes to the queue.
dev_n 1d cite:mist:critiques: A statistician's note on MIST: the primary outcome was time to disability progression, and the difference was large. But it was an unblinded trial against a mix of older drugs, so the comparison with today's best therapies is still open.
  tom_b 1d3h: Is the unblinding a big deal? You can hardly fake a transplant.
    dev_n 1d5h: For relapses and EDSS scoring, somewhat. Assessors who know the arm can drift. The MRI outcomes are more robust.
      tom_b 1d6h: Makes sense. So the MRI results are the part to trust most.
  dr_okafor 1d8h cite:beatMs:mentions: Dev is right, and that is why BEAT-MS compares HSCT with the best available therapy, and uses blinded raters for EDSS.
fiona_w 1d10h: Everything here is about relapsing MS. What about those of us with PPMS? Are we just left out?
  dr_okafor 1d12h cite:muraro2017:supports: The registry data for progressive MS show much smaller benefit, mostly in people who still have inflammatory activity. I would not want to promise anything I cannot back up.
    fiona_w 2d: I appreciate the honesty, even if it is not what I hoped to hear.
  greg_h 2d1h cite:muraro2017:contradicts: I know three people with PPMS who stopped progressing after Moscow. The data is there if you look.
    dev_n 2d3h: Three people you know is not data, it is a sample chosen by who tells their story online.
      greg_h 2d4h: Typical. Anything positive is "anecdote", anything negative is "science".
        mark_d 2d5h rejected: You HSCT cultists are the reason people die in foreign clinics.
          greg_h 2d6h: And there it is. Thanks for proving my point.
hannah_j 2d8h: I am in one of the comparison trials now (randomised to the drug arm, sadly). Happy to answer questions about what taking part is like.
  maya_r 2d10h: Were you disappointed to get the drug arm?
    hannah_j 2d12h: At first, yes. Then I remembered that nobody knows which arm is better yet, that is why the trial exists.
  sam_o 3d: How did you find the trial?
    hannah_j 3d2h: My MS nurse mentioned it. The trial registry listing has the sites too.
rosa_l 3d5h: My husband had HSCT in 2019. The first year was brutal, fatigue like nothing before. Year two, he started cycling again.
  lena_writes 3d7h: Rosa, would he be willing to write about that first year for the recovery diaries thread? People need to hear about the hard part too.
    rosa_l 3d9h: I will ask him. He is shy but he might.
eli_p 4d: Does anyone know whether the risk numbers are different for the non-myeloablative protocol?
  priya_s 4d3h: Generally lower intensity means lower treatment-related mortality, but also different relapse rates. Your transplant team should quote you their own centre's numbers.
  dr_okafor 4d5h: And ask how many MS transplants the centre does per year. Experience matters a great deal.
tom_b 5d pending: Slightly off topic, but is there a good source on vaccination after HSCT? My kids are due boosters and I do not know what applies to me.
`,
};
