import type { DemoThread } from '../script.ts';

export const costs: DemoThread = {
  slug: 'paying-for-hsct-abroad',
  title: 'Paying for HSCT abroad: real costs, fundraising and what nobody tells you',
  author: 'lena_writes',
  mode: 'pre',
  tags: ['HSCT', 'Costs', 'Clinics abroad'],
  ageDays: 12,
  body: `When I started looking into treatment abroad, the clinic price was the only number anyone quoted. It turned out to be about two thirds of what we actually spent.

This thread is for the real numbers: the clinic fee, flights, the extra weeks of accommodation, the medicines you bring home, the follow-up scans, and the income you lose while recovering. Please say which year and which country, because prices move.

**A note on this thread:** it is pre-moderated. Money attracts people who want yours, so every comment waits for a moderator before it appears.`,
  comments: `
carla_m 4h: Puebla, 2024. Clinic fee was about 55,000 USD. Flights for two, plus an extra month in a rented flat, came to another 9,000. Medicines after discharge, around 1,200.
  lena_writes 6h: Thank you Carla, that matches what we found almost to the dollar.
  ali_t 8h: Did the fee include the stem cell collection, or was that separate?
    carla_m 10h: Included. Daily bloods and the hotel-style room too. The extra month was our choice, my neurologist at home wanted me to stay close to the clinic for a while.
jonas_k 9h: Moscow, 2021: roughly 45,000 EUR all in for the clinic. Travel and the visa agency another 3,000. The exchange rate did us a favour.
  maya_r 12h: Is Moscow still possible with the travel restrictions?
    jonas_k 14h: I honestly do not know. Several people I trained with have switched to other centres since.
      tom_b 16h: Worth checking the clinic's own page and a recent patient, not a two-year-old forum post.
ali_t 1d: We crowdfunded. Raised 38,000 in three months, mostly from people we had never met. The hardest part was writing updates every week while feeling awful.
  rosa_l 1d3h: Same here. Friends organised a quiz night and a sponsored swim. It covered the flights.
  lena_writes 1d5h: Ali, would you share what the crowdfunding platform took in fees?
    ali_t 1d7h: About 3 percent plus a payment processing fee per donation. Read the small print, some charge much more.
priya_s 1d10h: Please budget for complications. A readmission after you fly home can be expensive if your insurer treats it as a consequence of treatment abroad.
  carla_m 1d12h: This. My travel insurance excluded anything related to the procedure. Only my national health service covered the infection I got in week six.
    priya_s 2d: Which is exactly why the aftercare plan at home matters as much as the clinic.
quickfunds 2d2h spam: Need money for HSCT abroad? QuickFunds approves medical loans up to 80,000 USD in 24 hours, no credit check! Email apply@quickfunds-loans.example or call +1 (888) 555-0199 today.
greg_h 2d5h: If the NHS just offered it at home nobody would need to crowdfund anything.
  dr_okafor 2d8h: Some centres in the UK and elsewhere do offer it within trials and for selected patients. Access is uneven though, I agree.
    greg_h 2d10h: Selected means almost nobody.
      dr_okafor 2d12h: For progressive disease, yes, because the evidence is weaker there. For active relapsing MS, the door is more open than it was five years ago.
sam_o 3d: How much should I expect to lose in income? I am self-employed.
  carla_m 3d4h: I was off work for five months in total. I could have gone back sooner to a desk job, but mine is physical.
  jonas_k 3d6h: Three months for me, part-time for two more.
    sam_o 3d8h: That is more than I planned for. Good to know now.
eli_p 4d: Has anyone successfully claimed any of it back from their health insurer?
  hannah_j 4d5h: A friend in Germany got part of it reimbursed after an appeal, with letters from two neurologists. It took a year.
fiona_w 5d: Not about money exactly, but I found the clinic coordinator pushing a package with "optional" extras. Ask for an itemised quote.
  lena_writes 5d3h: Good advice. We were offered a "rehabilitation week" that cost more than our flights.
rosa_l 8d pending: Does anyone know a charity that helps with flights specifically?
tom_b 9d pending: The clinic sent me a new quote today and it is 12 percent higher than in January. Is that normal?
ali_t 10d pending: We are setting up a small fund for people who cannot crowdfund on their own. Would a link to it be allowed here?
`,
};
