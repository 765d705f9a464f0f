/** Questions to the author and the thread, thanks, and everyday chat. */
export const QUESTIONS = `
Thank you for this post. Could you say more about how you decide who is eligible?
Is there any trial in the UK that is recruiting people with SPMS?
Great summary, thank you. Will you be covering the ECTRIMS sessions on HSCT this year?
What is the transplant related mortality at your unit? I couldn't find it anywhere.
Thanks for writing this, it's the clearest explanation I've read.
Can anyone recommend a neurologist in Manchester who is open to discussing HSCT?
Does anyone know whether the NHS will pay for follow-up MRIs after treatment abroad?
These posts have helped me more than any leaflet. Thank you.
How long after transplant can you go back to work? I'm a teacher.
Are there any studies on HSCT in people over 55?
Which conditioning regimen do they use in Moscow, is it the same as in Chicago?
Very helpful, thanks for taking the time.
Why is there no data beyond five years for the newer regimens?
Could you post the slides from the debate?
I'd be really interested in your view on the neurotoxicity paper.
Is it true that vaccinations need to be repeated after HSCT?
Has anyone had HSCT and then become pregnant? I'm 31 and worried about fertility.
Thank you for replying so quickly, that really helps.
Excellent post, very balanced. Thanks.
Do you think the results would be different with a lower intensity regimen?
What do you mean by reserve capacity? Is that something you can measure?
Sorry if this is a silly question, but is HSCT the same as the stem cell injections clinics advertise?
How do I ask my neurologist for a referral without annoying him?
Good article. I suspect transplant will be first line for aggressive MS within ten years.
I had no idea the trials were so small. That changes how I read the headlines.
Thanks everyone for the kind replies. I'm feeling a bit more hopeful.
Lovely to hear good news for once.
Good luck Sarah, thinking of you. Let us know how it goes.
Sending love to everyone going through this right now.
Same here, I'm 3 years out and doing well.
Happy new year everyone, and here's to a relapse-free 2020.
Haha, I know that feeling. Chemo brain is real.
Brilliant, well done!
Agreed, completely.
Thank you for sharing your story, it gives me hope.
Welcome to the club nobody wants to join. Ask anything, we've all been there.
Thanks for the link, reading it now.
Where did you get your bloods done after you came home?
I emailed the clinic in Mexico and they replied within a day with a list of tests to send.
You can call the MS Society helpline, they were really kind to me when I was first diagnosed.
My neurologist gave me her email so I could send her the discharge papers from Russia.
Has anyone contacted the trial team directly? I emailed them but no answer yet.
We have a WhatsApp group for people going to Moscow in the spring, ask in the Facebook group and someone will add you.
Please check out the video of Dr Fedorenko's talk, it answers most of the questions in this thread.
I subscribed to the blog after the last post, this one didn't disappoint either.
I will forever be grateful to Dr Snowden and the whole team at Sheffield. They gave me my life back.
Thank you Dr Burt for fighting for this treatment for so many years.
The treatment cost about $55,000 in Mexico plus flights and the apartment. Russia was cheaper.
The NHS quote for treatment was around £40,000 but it cost me nothing because I was eligible.
It did not cure my MS. It stopped it. There is a difference and it matters.
I am so happy for you, God bless. You deserve this after everything.
Check out the ECTRIMS abstracts, a lot of the new data on progressive patients is there.
Have you considered asking for a second opinion? It's your right on the NHS.
I only just saw this post. Can I ask what EDSS you were when you went?
I think you'd find the MS Trust page useful as well, it explains the process step by step.
Anyone watching the livestream of the conference? Audio keeps dropping for me.
Love this blog. Been reading for years but never commented.
lol I misread that as "HSCT is the cure for everything" and nearly choked on my tea
Ok, thanks. I will ask my MS nurse on Monday.
Nice one, glad it went well!
Has anyone else noticed their old symptoms flaring when they get a cold after transplant?
Great blog, I've shared it with my support group.
Our local support group meets every second Tuesday, new members are very welcome.
Is the video of the debate available anywhere? I'd love to watch it.
`;

/** Thanks to the blogger, in the many ways readers say it. */
export const THANKS = `
A heartfelt thank you for writing so honestly about the risks. Your blog is the first place I look after every appointment.
Thank you for your website, Prof. It has been my main source of balanced information since I was diagnosed.
I really appreciate the time you put into this blog, especially answering comments late at night.
Your honesty is refreshing. Most doctors won't engage with patients online at all.
Thank you for the detailed post. I shared it with my neurologist and we had a much better conversation.
Thanks for taking the time to explain the trial design. It makes the headlines make sense.
This blog has taught me more about my disease than ten years of appointments. Thank you.
Just wanted to say thanks for keeping this website going. It matters to a lot of us.
Your posts are always honest and well referenced, even when I disagree with you.
Thank you so much for this blog and for your patience with all of us.
Great post as always. I read the MS Society website too but your blog goes into the detail I need.
I've followed your blog since 2012 and I'm grateful for every post, even the ones that make me cross.
Many thanks to you and the team for sharing your research with patients.
Thank you, this is exactly the explanation I was looking for.
Wonderful, clear post. I'll be sharing it with my support group, I hope that's okay.
Thank you Prof G, your approach to patients has always been honest and kind.
Thanks for posting the abstracts from the conference, it's hard to find them otherwise.
I appreciate your willingness to discuss HSCT openly even when the comments get heated.
Thanks for the reply. I'll look at the clinic's website and ask my neuro about it.
The trial's website has a list of centres, thanks for pointing me to it.
`;
