/** Loans, investment schemes, crypto "recovery" and prize scams. */
export const MONEY = `
Do you need a loan to pay your bills or start a business? We offer loans at 2% interest rate. Contact us at quickfinanceloans@gmail.com
I invested $500 with Mrs Sarah Collins and received $7,800 in just 7 days. She is the best account manager. Contact her on WhatsApp +1 (555) 018-4420
Have you lost money to a fake crypto platform? Don't worry. I recovered my stolen bitcoin through CyberRecover Pro. email cyberrecoverpro@protonmail.com
Looking for a legit hacker to recover your lost funds? Contact Mr Kevin on telegram @kevin_recovery_hack
Earn $300 to $800 daily working from home. No experience needed. Click here to start http://easycash-home.xyz
URGENT LOAN OFFER! Get a loan of $5,000 to $500,000 with no credit check. Apply today: +44 7700 900456
I was scammed by a binary options broker until I found Recovery Masters, they got back all my money within 48 hours. contact recoverymasters at gmail dot com
Bitcoin is the future! I make $2,000 weekly trading with expert Mr James. Start with as little as $200. Message him on whatsapp +1 555 019 7733
Make money online with this simple trick. I earned $4,500 last month. visit www.quickprofits-now.com
Congratulations! You have won $1,500,000 in our annual online lottery. Send your full name and address to claim your prize: claims.office@lottoint.com
We buy houses for cash in any condition! Call now 1-800-555-0163
Need a credit repair? Raise your credit score to 800+ in 7 days. Contact creditfixhacker@gmail.com
I have been trading forex for 3 years without success until I met Mrs Linda. Now I earn 40% profit every week. Contact her: +44 7700 900218
Are you interested in making passive income? Join our investment platform and earn daily returns. Limited slots available! https://bit.ly/3xProfitNow
Get instant loans approved in 10 minutes. Low interest, no collateral. WhatsApp +91 98765 55012
WINNER!! You have been selected to receive a £900 cash reward. To claim call 09061 555 071 now. Claim code K42
You have won a free iPhone 15! Click the link to claim your gift before it expires: http://free-gift-claims.top/iphone
Your account has been suspended due to unusual activity. Verify your details immediately at http://secure-bank-verify.online
Your parcel could not be delivered. Pay the redelivery fee of £1.99 here: http://royal-parcel-redeliver.com
Work from home and earn up to $150 per hour typing simple ads. Limited spots, sign up today at www.jobs-home-typing.net
Hello, I am a private lender offering loans to individuals and companies at 3% interest. Email us for more details: privatelender.finance@gmail.com
I lost $80,000 to an online investment scam and a friend introduced me to a recovery expert who got everything back. reach him via whatsapp +1 555 011 9043
Urgent! Your mobile number has been awarded a £2000 prize. Text CLAIM to 81234 to receive your cash. T&Cs apply
Free entry to win a brand new car! Text WIN to 80878 now. £1.50/msg, 18+ only
Congratulations, you have been chosen for a free cruise holiday for 2. Call 0800 555 0140 to claim. Reply STOP to opt out
Want to double your bitcoin in 24 hours? Send BTC to our wallet and receive 2x back guaranteed. Limited time offer!
Earn passive income with our AI trading robot. 100% automated, guaranteed profit every day. Join now at https://ai-trade-profits.io
Need a hacker to spy on a cheating spouse, change school grades or clear criminal records? Contact hackerpro247@gmail.com
Get rich quick! My simple system made me $10,000 in 30 days. Watch the free video at http://richsystem.club
Your PayPal account has been limited. Please confirm your information within 24 hours at http://paypal-security-check.site
Student loans forgiveness program: you may qualify for 100% loan cancellation. Call now 1-888-555-0199
Cash prize waiting! You were selected in our weekly draw. Reply YES with your name to claim £1000 cash or a holiday
I want to appreciate Mr Thomas for the loan he gave me when I needed it most. contact him now if you need a loan thomasloanfirm@gmail.com
Hi dear, I am a widow with $4.5 million inheritance and I need a trusted partner to help me transfer the funds. Please reply to my private email.
Invest in gold and crypto with our licensed brokers, minimum deposit $250, guaranteed 30% monthly returns. Register today!
You are eligible for a government grant of $9,000. No need to repay. Apply at www.free-grants-usa.org
Lowest insurance quotes online, compare and save up to 70% now at cheap-insure-quotes.com
Our company is hiring online agents. Earn $500 weekly from your phone, 2 hours a day. Contact HR on telegram @hr_remotejobs
Final notice: you have an unpaid toll balance. Pay now to avoid a penalty at https://tollpay-notice.com
Get 10,000 real followers and likes for just $9.99! Grow your account fast at www.buyfollowersfast.net
`;
