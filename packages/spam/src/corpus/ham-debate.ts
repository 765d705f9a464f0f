/** Arguments about evidence, trials and the people arguing. */
export const DEBATE = `
The MIST trial was randomised and showed far fewer relapses with transplant than with DMTs. That's class 1 evidence, not an anecdote.
You keep citing the 2017 registry data but the cohort goes back to 1995 when conditioning regimens were much harsher. Mortality has fallen a lot since.
With respect, Prof, the absence of a trial in progressive MS is not evidence that HSCT doesn't work. It is evidence that nobody has funded the trial.
Uncontrolled case series can't tell you much about progressive disease, because EDSS fluctuates and people who do badly stop reporting.
Where is the published data from the Moscow centre on patients with EDSS above 6? I'd genuinely like to read it.
Ocrelizumab slowed progression by a few percent in ORATORIO. If that counts as a success, why is HSCT held to such a different standard?
Transplant related mortality depends heavily on the centre. Experienced units report well under 1% now.
I think both sides are talking past each other. Nobody here claims it's a cure, and nobody is saying patients shouldn't have the choice.
Neurofilament levels go up after chemotherapy. That is a real concern for people with little reserve left.
The BEAT-MS trial will compare HSCT with best available therapy. Until it reports, we are arguing over case series.
If smouldering MS drives progression, then any treatment that only stops relapses won't help much in PPMS. That includes transplant.
The Russian cohort was young and had short disease duration, so calling them "progressive" is misleading either way.
Please stop calling people trolls for asking for evidence. That is the whole point of a research blog.
You're a troll. Every time HSCT comes up you post the same thing under a different name.
I'm not a troll, I'm a patient with an opinion that differs from yours. Those are allowed.
Anyone who disagrees with the HSCT crowd gets piled on in the Facebook groups. It's not a healthy way to discuss evidence.
Why would a neurologist have an incentive to block HSCT? Most of us would love a one-off treatment that works.
The pharma conspiracy theories don't help our case. Drug companies do fund trials, that's how we got every DMT we have.
Alemtuzumab has a similar mechanism and lower mortality, but serious autoimmune side effects. It's not an easy comparison.
Disability improvement after transplant is mostly seen in people who had recent relapses. That fits with recovery from inflammation, not repair.
The 2019 JAMA paper from Chicago was not randomised for long term outcomes. People forget that.
If the data exist, publish them. That's all anyone is asking for.
Calling patients who travel abroad "desperate" is patronising. We read the papers too.
The problem isn't the science, it's access. In the UK you have to fail two high efficacy drugs before they'll even look at you.
Progression independent of relapse activity happens on every DMT. Why would HSCT be different?
Prof G has always said he supports HSCT for active MS. Read the post again, he is talking about advanced progressive disease.
Doctor, with respect, you argued the opposite in a post last spring. Which is it?
Nice dodge. You still haven't answered the question.
I find this whole exchange depressing. We all want the same thing.
People with MS can read a methods section as well as anyone, you know.
It's not about winning an argument on a blog. It's about people making a decision with their lives.
I've seen the same five accounts post the same claims in every thread. Could the moderators look at that?
I never said HSCT was a cure. Quote me properly or don't quote me.
You quote one study from 2006 and ignore everything since. That's cherry picking.
Can we keep this civil? There are newly diagnosed people reading these comments.
Anecdotes are not data, but they are not nothing either. They tell you where to look.
So your position is that we should all just wait another ten years for a trial? Some of us don't have ten years.
EBMT guidelines list progressive MS with inflammatory activity as a clinical option. That is not the same as recommending it.
The comparison with natalizumab PML risk is fair but PML risk can be managed with JCV testing and extended interval dosing.
Anti-CD20 drugs calm relapses but may not touch what happens behind the blood brain barrier. That's my worry, not a proven fact.
Absolutely disagree. The risk benefit calculation belongs to the patient, not to the neurologist.
Your tone is unhelpful and frankly condescending. I won't be engaging further.
Fair point, I stand corrected on the dates.
This is exactly the kind of fearmongering that stops people getting effective treatment early.
I think you are being unfair to him. He answered every question in this thread, often at midnight.
You say there's no evidence but then dismiss every piece of evidence that people post. What would convince you?
An open label trial with a self reported EDSS outcome is going to show improvement. That's the bias the authors themselves mention.
Why do the centres abroad not publish their complication rates by EDSS? That would settle a lot of arguments.
The HSCT community has been very clear for years that it's not a cure. The only people saying "cure" are the newspapers.
Do you have a conflict of interest? You list "multiple" at the bottom of every post.
`;
