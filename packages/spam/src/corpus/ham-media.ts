/** Members sharing talks, videos and news about stem cell transplantation, as this community does. */
export const MEDIA = `
Check out this video of Professor Snowden explaining autologous stem cell transplantation, it's the clearest I've seen.
There's a good video from the MS Society about what happens during a stem cell transplant, worth watching before your consultation.
Has anyone watched the BBC documentary about stem cell treatment for MS? I thought it was fair to both sides.
I made a short video diary of my stem cell transplant in Mexico for my family. Happy to share it privately if it helps anyone.
Check out the podcast episode with Dr Burt, he talks about why he stopped treating progressive patients.
The MS Trust has a new video series on treatment options, including HSCT. Check it out if you're newly diagnosed.
Watch the ECTRIMS debate on YouTube if you can, both speakers were excellent and respectful.
Dr Muraro's lecture on stem cell transplantation is online now. The slides on long-term outcomes are really useful.
I shared the video of the stem cell debate with my neurologist and she said she'd watched it too.
Stem cell transplant is not the same as the stem cell injections sold by private clinics. Please don't confuse the two.
Haematopoietic stem cell transplantation resets the immune system; mesenchymal stem cells are a completely different and unproven idea.
My stem cells were collected over two days. The apheresis machine was noisy but it didn't hurt.
Stem cell mobilisation made my bones ache for three days, paracetamol helped a bit.
The stem cell unit at Kings were fantastic with my mum, so patient with all her questions.
I follow the StarMS trial on Twitter for updates, they post whenever a new centre opens.
Subscribe to the MS Society research newsletter, they cover new trial results every month.
The trial team posted an update video on recruitment, it's on their website.
Has anyone seen the new stem cell research from Sweden? The follow-up was ten years.
There's a patient-made channel on YouTube where people post their HSCT diaries. Some of them are very moving.
The news video made it sound like a miracle cure, which annoys me because it isn't one.
If you haven't seen it, check out the interview with the Sheffield team on BBC Breakfast.
I watched the webinar on stem cell transplantation last night. Lots of good questions from patients.
Please watch the video before you decide; the doctor is honest about the risks of chemotherapy.
My husband recorded my stem cell reinfusion on his phone. It's strange to watch, it's just a small bag of cells.
Does anyone have a link to the video of the Chicago team's presentation? I can't find it anymore.
The slides are available to download from the conference website, check out session 4.
Here is a good lay summary of stem cell transplant research: https://www.mssociety.org.uk/research/explore-our-research/hsct
I found the NHS video about stem cell collection helpful before my own collection day.
Which stem cell centres publish their outcomes? I want numbers, not testimonials.
The documentary followed three patients through stem cell transplant. One of them relapsed, which I was glad they showed.
Stem cell transplant worked for my aggressive relapsing MS. It did not work for my friend's progressive MS. Both things are true.
My consultant said the stem cell transplant waiting list is about six months in our region.
I made a playlist of the conference talks about HSCT so they're easier to find, the link is in the group files.
The new review on autologous stem cell transplant in MS came out this week, I'll post it when I get the full text.
That video of the woman walking after her transplant went viral, but nobody mentions she had RRMS for two years only.
Check out the MS Society's treatment comparison page, it has HSCT next to all the DMTs.
`;
