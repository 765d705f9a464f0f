/** More spam, worded the many other ways it arrives. */
export const MORE = `
Hello dear, I came across your profile and I would like us to be friends. Please write me on my private email so I can send you my pictures
I am Mrs Helen Morgan, a widow diagnosed with cancer. I want to donate my $2.8 million to charity through you. Reply for details.
Sugar daddy wants to bless his sugar baby with $2000 weekly allowance. Message me on telegram now
I'm giving away $5,000 to 10 lucky followers! Like, share and comment your cashapp tag to enter
Attention: you have an unclaimed package waiting. Confirm your address and pay shipping here
Dear user, your email storage is full. Click the link below to upgrade for free or your account will be deleted.
We are recruiting part time online workers, daily pay of $200-$500, no experience required. Send a message to learn more
Congratulations to our lucky winner! You are the 1,000,000th visitor. Click to claim your reward now!!!
Ich verdiene 5000 euro im monat von zu hause! Klicken sie hier: www.geld-schnell.biz
Gana dinero desde casa con solo tu celular, escríbeme por WhatsApp +52 55 5555 0123
Buy Instagram followers, YouTube views and TikTok likes. Cheapest prices, instant delivery!
Hi, I'm Jessica, I'm 23 and I'm bored tonight. See my private photos on my page ;)
Anyone want to earn free gift cards by playing games? I made $120 last week. Code in my profile
Amazing post!!! Everyone needs to see this. Also check out my page for daily motivational quotes
Very nice information sir. I have also written an article on this topic, please read and give feedback www.healthtipsworld.in
Superb article. Keep sharing. Regards, Best Ayurvedic Treatment Centre in Kerala
Great read! For professional carpet cleaning services in your area, call 555-0143 today
I have been browsing online more than three hours today, yet I never found any interesting article like yours. Thanks. my homepage cheap-ugg-boots.com
Hello. Magnificent job. I did not anticipate this. This is a splendid story. Thanks! seo services
Hey there! Someone in my Myspace group shared this website with us so I came to check it out. I'm definitely loving the information.
What's up, just wanted to tell you, I liked this blog post. It was practical. Keep on posting! Also visit my web blog: buy-cheap-essays.org
Admin, if you need more traffic to your blog, we can help. 1000 visitors for $10. Email trafficboost@mail.com
Your blog is great but it could rank higher on Google. We offer SEO services at affordable prices, contact us today
Writing from a marketing agency: we would like to publish a sponsored article on your blog. What is your price for a do-follow link?
Looking for cheap CBD gummies? We ship worldwide, 40% discount code MS40 at checkout.
Ozempic, Wegovy and Mounjaro available without prescription, discreet delivery worldwide. WhatsApp +1 555 013 2290
Get hard fast with our natural male enhancement pills. 100% guaranteed results or your money back!
Hot milfs in your city want to meet you, no sign up fees. Click now!
Live casino, sports betting and crypto slots. Get 100 free spins when you register today!!
I earn $35k per month trading crypto with the help of Mr Robert Williams. He is the most honest account manager out there.
My wallet was hacked and I lost 3 BTC. CipherTrace Recovery got it back in 72 hours. Don't trust anyone else.
Grow your money with our gold investment plan: invest $1,000 and get $15,000 in 14 days. Testimonials available.
Quick cash for your old car, same day pickup. Call or text 555-017-3344
Are you tired of being broke? Join our team and become your own boss. DM me for info!
CLAIM YOUR FREE GIFT NOW!!! LIMITED TIME ONLY!!!
Free iPhone 15 Pro for the first 500 people who subscribe to my channel and turn on notifications!
Hey guys!! I just uploaded my first vlog, please go watch it and subscribe, it would mean a lot
Can anyone help me get to 500 subscribers? I post gaming and reaction videos every week
If you want to see something really funny, search for my name on YouTube and watch my latest video
Follow my TikTok for daily dance videos!!! @dancewithmia
Who wants free Netflix premium? Go to the link on my page, it works 100%
Get paid to review products from home. Apply at the link in my bio.
Love spell, marriage spell, money spell, protection spell. The most powerful spell caster in Africa. Call +27 68 555 0119
The powerful Baba Kumasi can bring back your lost lover, cure barrenness and make you rich. whatsapp +233 55 555 0161
Native doctor for fast money rituals and spiritual protection. Call chief now +2348105550154
I got my ex back thanks to the great Dr Oduduwa. He also cured my herpes. Email oduduwaspells@gmail.com
After 5 years with HIV, a herbalist from Benin cured me. Thank God for leading me to him. Contact details on my profile
Stop insulin shots forever, this ancient herbal formula cures diabetes in 30 days. Watch the video now
Stem cell injections for MS at our clinic in Cancun, no chemotherapy, results in 2 weeks. Call our US office 1-888-555-0188
Get your MS reversed with our patented supplement stack. Limited stock, order today and get 50% off
Our hospital in Delhi offers HSCT for all types of MS at $15,000 all inclusive, 100% success. Contact our coordinator on WhatsApp
`;
