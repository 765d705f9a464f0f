/** Everyday chat between members, including the words spam also uses (call, free, win, offer, account). */
export const CHAT = `
Morning all. Rough night with spasms but the sun is out, so I'm taking that as a win.
Has anyone tried the new physio exercises from the MS Trust? My legs felt better after a week.
I'll call the neuro's secretary again tomorrow, third time lucky.
Text me if you're going to the meeting on Saturday and I'll save you a seat.
My MS nurse called this morning with my blood results, all normal. Phew.
The hospital offered me a place on the waiting list. Nine months, apparently.
We did a sponsored walk and raised £3,200 for the MS Society. Thank you to everyone who gave!
Parking at the hospital is free for infusion patients now, worth knowing.
Happy birthday Claire! Hope the fatigue gives you a day off.
Just back from the pool. Cool water is the only time my legs feel normal.
Does anyone else get worse in the heat? Summer is always a bad time for me.
My GP was brilliant, referred me the same day.
I had a relapse last week, steroids again. Feeling wired and can't sleep.
Ha! My kids call my walking stick my "lightsaber".
Can't believe it's been five years since my diagnosis. Some days it feels like fifty.
I'm going to ring the trial coordinator on Monday, I'll report back.
Thanks, I'll have a look at that this evening.
Our fundraising page for my treatment is on the group, any shares appreciated.
I think I'm going to win the argument with my insurance company in the end. Appeal number three.
Anyone fancy a coffee meetup in Leeds next month?
It's so good to see you walking in that photo! Made my day.
I'm feeling low today, sorry for the moan.
Don't apologise, that's what we're here for.
My account of the consultation is a bit fuzzy, I was exhausted, but she definitely said they'd re-scan in June.
The waiting is the worst part. Hang in there.
Love this community. You lot got me through my first year.
Spent the day sorting out my disability benefits paperwork. Brain is mush.
Brilliant news about your MRI, so pleased for you!
New here. Diagnosed last month, still in shock. Reading everything I can.
Welcome! Take it slowly, and don't read the horror stories at 3am like I did.
Has anyone had a problem getting travel insurance after HSCT?
Yes, it took ages. I found a specialist broker through the Facebook group.
My husband shaved his head with me when my hair fell out. Best man ever.
I'm exhausted after the school run and it's only 9am.
Went to the gym today for the first time in a year! Ten minutes on the bike but still.
I'm so sorry for your loss. She was a lovely presence on this blog.
Quick question: what's the difference between EDSS and the MSFC?
Ocrevus day today, see you all on the other side of the Benadryl nap.
I've been off work for three months, going back part time next week.
Anyone know if vitamin D levels matter after transplant?
Fingers crossed for your results tomorrow.
I cried reading this. Thank you for being so honest.
The cost of living is bad enough without paying for private physio too.
Does the MS Society still offer grants for equipment? I need a new wheelchair cushion.
I'm on the phone to the pharmacy every month because the delivery is late.
My email notifications for this blog stopped working, is it just me?
I got a letter offering me an appointment in October. That's a year after the referral.
We should all write to our MPs. There's strength in numbers.
I keep my sense of humour, it's the only thing MS can't take.
My daughter is doing a bake sale for the local MS centre on Friday.
I'm sure it's a coincidence but since I cut out sugar I've had fewer migraines.
Hope everyone has a restful weekend.
Oops, wrong thread, sorry!
Hello from Australia, it's 2am here and I can't sleep.
Thank you all, I have an appointment with the transplant team next week.
Lol my cat just walked across the keyboard and posted half my comment.
The new neurologist actually listened. First time in ten years.
Watching the ECTRIMS videos online, some really good talks this year.
Just ordered a shower chair. Not a happy day, but a practical one.
I'm a nurse, not an MS nurse, but I work with transplant patients. Happy to answer general questions.
Does anyone know a good occupational therapist in Bristol?
Five years since my transplant today. Had cake.
Me too, exactly the same symptoms in my left leg.
It's urgent for me because my disease is so active, I can't wait two years for a trial.
I'm free on Thursday if anyone wants to talk it through on the phone.
My old phone number is on the group list, I'll update it.
The charity helpline was closed over Christmas so I called my MS nurse instead.
`;

/** Members offering to talk privately: contact words in good faith. */
export const REACHING_OUT = `
Feel free to email me if you want to talk about Moscow, I was there in March and I'm happy to help.
Message me if you want the details of the apartment we rented near the hospital in Puebla.
There's a WhatsApp group for the March cohort in Mexico, message me and I'll add you.
We have a Telegram chat for UK patients waiting for assessment, ask in the Facebook group and someone will add you.
Happy to chat on the phone if it helps, the moderators can pass on my email.
If anyone wants to talk before their consultation, send me a message through the forum.
Add me on Facebook if you like, I post updates about my recovery there.
My email is on my profile, I'm always happy to talk to someone who's scared before transplant.
I can send you the list of questions I asked the haematologist, just email me.
Join us on the video call next Tuesday, the link is in the group's pinned post.
Contact the transplant coordinator at your centre, they're the ones who can tell you about the waiting list.
I'd recommend calling the clinic directly rather than emailing, they answer the phone quicker.
Send me a private message and I'll give you the number of the interpreter we used in Moscow.
You can reach the trial team through the contact form on the university website.
Anyone who wants to join the online support meeting, message the admin and she'll send an invite.
I emailed Dr Burt's office back in 2015 and got a reply within a week, he was always generous with his time.
Our local group has a WhatsApp chat, it's mostly memes and moaning about the heat, you're welcome to join.
Thanks for the offer to chat, I'll message you after my scan next week.
I don't do WhatsApp, but I'm on the Facebook group most evenings if you want to talk.
Please call the MS nurse helpline if you're worried, don't wait for your next appointment.
`;
