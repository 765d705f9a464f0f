/** Patients and carers telling their own treatment stories. */
export const STORIES = `
I had HSCT in Moscow in 2018 for RRMS. EDSS went from 4 to 2.5 and I have had no relapses since. Not a cure, but it gave me my life back.
Diagnosed at 29, failed Tecfidera and Tysabri, then had aHSCT in Sheffield last spring. Hair is back, fatigue is still there, MRI stable at 12 months.
My wife went to Mexico for HSCT in 2019. The chemo was brutal and she was in hospital with an infection for a week, but she has been stable for three years now.
Two years post HSCT in Pueblo. My walking is no better but it is no worse either, and for progressive MS I will take stable.
I was on Ocrevus for four years and kept getting new lesions. My neuro finally referred me for transplant at Kings. Day 14 today, counts coming up.
I'm 9 months out from treatment in Russia. Foot drop improved, bladder much better, cognitive fog lifted. Still tired by the afternoon.
My husband had HSCT on the NHS with SPMS and no enhancing lesions. He has not progressed in 4 years, which nobody expected.
I had the treatment in Chicago back in 2009 as part of the trial. Thirteen years later, no relapses, no new lesions, no DMTs. I know I'm lucky.
Relapsed at 18 months post HSCT. Devastated. My team says it is rare and we are talking about a second round or ocrelizumab.
Just got home from Mexico. Mobilisation was the worst part for me, the bone pain from the neupogen. Happy to answer questions from anyone going.
I'm EDSS 6.5 and was turned down by three centres. I understand why, but it is hard to read about people dancing after their transplant.
My sister died of complications after HSCT abroad. I am not against it, but please, everyone, look hard at the transplant related mortality at the centre you choose.
Had alemtuzumab in 2015 and developed thyroid disease. Then went for HSCT in 2020 when the disease came back. Both have risks, nobody tells you everything.
Four years post, RRMS, no evidence of disease activity on every MRI. I still go to the gym three times a week. Best decision I made.
I was 52 with SPMS when I went to Moscow. I've had some improvement in my hands, legs stayed the same. Would I do it again? Probably yes.
I was diagnosed 20 years ago and I'm still on interferon with very little disability. HSCT is not for everyone and I'm glad I did not need it.
My daughter was diagnosed at 16 with very aggressive MS, five relapses in a year. She had HSCT at 19 and is now at university. I cry every time I think about it.
The isolation period was the hardest, twelve days without seeing my kids. The nurses were amazing though.
Post HSCT fatigue is real. Month 6 was worse than month 2 for me. It got better after a year.
I had Ocrevus infusions for three years before switching. No relapses but my walking kept getting worse, which is why I started reading about transplant.
Started having symptoms in 2011, numb hands and double vision. Diagnosed after my second MRI. Copaxone did nothing for me.
My neuro said I was too old at 56 for HSCT. Went to a private clinic in Moscow instead. 2 years later I am stable. Expensive but worth it for me.
I was lucky to get into the MIST trial and was randomised to transplant. 8 years later, still no new lesions.
I was treated with cladribine and it worked for me. I don't think everyone needs the most aggressive option.
We raised the money through friends and a GoFundMe. Forty thousand dollars for treatment abroad is obscene when the NHS could do it.
I had terrible headaches after the lumbar puncture but everything else went smoothly. Back at work after five months.
HSCT didn't fix my old damage. It stopped new damage. That is exactly what I was told to expect and that is what happened.
My EDSS dropped from 5.5 to 3.5 in the first year. My neurologist calls it regression to the mean, I call it walking my dog again.
I'm a carer for my mum who has PPMS. She's 64 and nobody will treat her. Reading this thread is difficult.
After my transplant my MS nurse told me to expect a few bad months. She was right, but I'm now two years out and working full time.
Had my stem cell transplant at 34 in Chicago and I relapsed at year 5. It still gave me five good years when I was having a baby.
I did my research for two years before going. Spoke to the haematologists, read every paper I could find, and asked a lot of annoying questions.
My brother had HSCT for lymphoma, not MS, so we knew what chemo does. It is not a walk in the park, please don't believe anyone who says it is.
I'm scheduled for August in Mexico. Nervous. Anyone know if I should stop my Gilenya before or after the consultation?
I was on natalizumab and JCV positive, so I had to come off it. Had a huge rebound relapse. That is what pushed me to HSCT.
Transplant in 2017 in Sweden. Since then I have not needed any MS medication. I have some leftover numbness in one foot.
I went to Russia with EDSS 4 and came home with EDSS 4. No change, but no progression for 3 years. For me that is a success.
My fatigue was the thing I most wanted to fix and it did not change. Everything else is stable. Mixed feelings.
My mum had HSCT at 45 after 10 years of relapses. She can walk up stairs again, something she could not do for years.
I've been diagnosed for 7 years and I'm on Kesimpta. No activity so far. I follow these discussions in case that changes.
Three relapses in 14 months on Tysabri, then a referral to the transplant unit. The wait was 9 months, which was agony.
I feel better than I have in a decade. That is anecdote, I know, but it is my anecdote and I'm grateful for it.
I had my second round of chemo for mobilisation yesterday. Feeling sick but okay. Will update when I'm home.
`;
