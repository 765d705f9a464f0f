/** Short, shouted or obfuscated spam, written the way bulk senders write to get past filters. */
export const SHORT = `
CHECK OUT MY CHANNEL!!!
sub to me pls
FREE GIFT CARDS HERE >>> giftcard-free.top
Click the link in my profile for a surprise
Go to my channel for free games
earn money now www.earnfast.biz
Want to make money? Message me
100% free iphone giveaway, just subscribe and comment
hot girls waiting for you, visit my page
please subscribe to my channel guys
Contact me on WhatsApp for cheap loans +234 803 555 0121
Bitcoin investment, message me for details
Visit example-deals[.]com for crazy discounts
dr.herbal.cure (at) gmail (dot) com for your cure
whatsapp +2348055550192 for help
Telegram: @cash_flip_expert
Add me on snapchat, username sexykate97
txt STOP to 85000 to unsubscribe. You have won a prize!
Call now to claim your free vacation 1-877-555-0110
LIKE IF YOU WANT FREE STUFF, check my channel
Free vbucks generator, no survey, visit my channel
Cash loans same day, no credit checks, apply online
Need money fast? Call us today!
I make $80 an hour online, check my profile to see how
U have been chosen 2 receive a £350 reward. Call 09061555321 b4 midnight
FREE ringtones for your mobile! Text TONES to 87121
Hey guys watch my video plz
Easy money: 500 dollars a day from home, just click here
My channel has the best funny videos, come and see
Chat with me on telegram, I have a special offer for you
Best casino bonus 2024, claim yours now
Get cured of herpes today, contact the great Dr Zuke on whatsapp
The cure for MS is here. contact dr mkpa herbal home
Earn bitcoin daily with my free app, download link in bio
sexy webcam show tonight, join free
`;

/** Social-media self-promotion. */
export const SOCIAL = `
follow me on twitter @jaydenbeats_official
Follow me on instagram, I follow back!! ig: lucy.makeup.daily
Check out my piano cover of this song, link on my profile
Listen to my new track on soundcloud, would love feedback
My band just released our first EP, stream it everywhere! Search "The Night Owls"
Hi im a small youtuber, please check out my latest upload
Add me on facebook, my page is in my profile
Just posted my art on instagram, go give it some love
Can I get 100 likes on this comment? Then check out my vids
Support an upcoming artist! Check out my mixtape on SoundCloud and share it
`;
