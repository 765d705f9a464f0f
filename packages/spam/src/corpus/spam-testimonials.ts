/** Healer, prophet and spell-caster testimonials, the spam that reaches health blogs most. */
export const TESTIMONIALS = `
I was diagnosed with MS in 2014 and tried everything until I found Dr Osaze herbal home. After 3 weeks of his herbal medicine my symptoms were gone. Contact him on WhatsApp +234 813 555 0192
My name is Linda from Texas. I want to thank Dr Kunle for curing my multiple sclerosis with his natural herbs, I can walk again. Email him osazeherbalhome@gmail.com
God bless prophet Ukandu!!! He prayed for my husband and his MS disappeared completely. if you need help reach him on +233 24 555 0199
HOW I GOT CURED OF HERPES. I never believed in herbal medicine until Dr Ebube sent me his herbs and i tested negative after 2 weeks. contact him via email drebubeherbs@yahoo.com or whatsapp +2348025550147
i want to testify about the great spell caster Baba Agbala who brought my ex lover back in 48 hours. email him at babaagbalaspelltemple@gmail.com
Please everyone with HIV should contact Dr Lucky, he cured me and my sister with his herbal medicine. his number +234 706 555 0110
My husband left me for another woman, I was heart broken until I contacted Priest Abiola, he cast a love spell and my husband came back begging. Contact him: priestabiola@outlook.com
I had ALS for 6 years and the doctors gave up on me. Dr Zuma Ighodalo's herbal remedy reversed it, I am now totally cured. his whatsapp is +27 71 555 0134
All thanks to Dr Akpan for his herbal cure for diabetes type 2. You can also get your cure, write to him on dr.akpanherbalcure@gmail.com
I am so happy to share my testimony. My wife could not conceive for 9 years, then Prophet Ezeh prayed for us and now we have twins. Call or text the man of God +234 903 555 0188
Herpes cure is real!!! Dr Okoro cured me with roots and herbs, contact him now at (okoroherbalhealing at gmail dot com)
Is anyone here still suffering from multiple sclerosis? There is a natural cure. My mother used the herbal formula from Dr Imade and she is walking again. WhatsApp him +234 810 555 0166
Thank you Dr Ehis for the herbs that cured my HPV. contact him today for any kind of sickness. Email: drehis.solutions@gmail.com
I was a victim of lupus for 11 years and now I am free thanks to Mama Grace herbal clinic. visit mamagraceherbalclinic com or call +1 (555) 014-2233
Do you want your ex back? Do you want to win the lottery? Contact the powerful spell caster Dr Wale today on whatsapp +2349015550123, he never fails
I want to say a big thank you to Dr Ogbeide for curing my son of autism with his herbal medicine, he can talk now. Here is his email ogbeidetemple@gmail.com
After being told my Parkinson's could not be cured I found Dr Edo herbs online. Within 2 months the tremors stopped. You can reach him through his website dredoherbalcentre [.] com
My doctor said I would be on DMTs forever. Then a friend introduced me to Dr Ajayi who cured my MS with natural herbs. contact: +234 802 555 0177 (whatsapp only)
This herbal medicine works!!! I was cured of hepatitis B by Dr Izu. Message him on telegram @drizuherbs for your own cure
Glory be to God, my fibroid shrank completely after using the herbs from Dr Olumba. contact him on his email drolumbaherbs@hotmail.com he is real
I was cured of COPD by Dr Moses herbal medicine. No more inhalers. I advise anyone with any disease to contact him, his whatsapp number is +234 816 555 0121
Good day everyone, I am here to testify how Priest Ukpor helped me get my job back with his powerful prayers. email priestukpor@gmail.com
Hello viewers, I was suffering from shingles and genital herpes. Dr Sambo sent me his cure through courier service and I am now negative. reach him on +1 555 203 8844
My mother had stage 4 breast cancer. Dr Ikenna's herbal medicine cured her in 21 days. God is using him to heal the world. Email dr.ikennaherbalcure@gmail.com
I never believed spells work until I met Lord Zakuza. my lover came back after 2 days. He is also good at curing diseases. contact +27 63 555 0143
Dr Musa cured my epilepsy. Contact him with his email drmusaherbal@gmail.com or via whatsapp +2348165550190 for help
Thank you so much Dr Ekpe, your herbs have made me HIV negative after 6 years of living with it. If you need help, send him a mail ekpeherbalhome at yahoo dot com
I was diagnosed with ms and my neurologist said there is no cure. I came across a testimony of Dr Obi online and I decided to try. 2 months later my MRI was clean. contact him on +234 907 555 0138
Are you sick and tired of your MS? Dr Bello herbal medicine is the solution. many people have been cured. contact him now drbelloherbs@gmail.com
I want to use this medium to thank Papa Olofin, the great herbalist, who cured my diabetes. You can contact him on whatsapp: +234 701 555 0112
God sent me to Doctor Aisosa who gave me herbs for my myasthenia gravis and now I am cured. Email him doctoraisosa@gmail.com
My husband was diagnosed with MS in 2016, he was in a wheelchair. We bought herbal medicine from Dr Uwa and he is now walking. If you want your loved one back on his feet contact Dr Uwa +234 817 555 0155
Hello, I'm from Canada. I was cured from genital warts through the help of Dr Adaku herbal medicine. His WhatsApp contact is +234 905 555 0173
Prophet Daniels is a true man of God. He helped my daughter get admission and a visa. contact him +2347035550199
Dr Abu has the cure to all diseases: HIV, herpes, ALS, MS, hepatitis, cancer, diabetes, stroke. contact him on email drabuherbalcenter@gmail.com whatsapp +234 9055 550 161
I'm so grateful to Dr Amadi for bringing my husband back to me with his love spell. Contact him on Amadispelltemple@gmail.com
I found a cure for my MS in Africa. Dr Ojo herbal mixture is powerful. Visit his website drojoherbs dot com for more information
Dr Idahosa has the permanent cure for HSV 1 and 2. It worked for me after 14 days. contact him on whatsapp +234 808 555 0107
Many thanks to Chief Ade the native doctor who cured my mother's stroke. He also helps with court cases and promotions. call +234 703 555 0134
I was told I had secondary progressive MS and nothing could be done. Dr Kelvin's herbs cured me and now I have no symptoms at all. Email kelvinherbalcure@gmail.com
I was infected with HIV in 2015. I saw a post about Dr Odion who cures HIV with herbs and contacted him. Today I am negative. Whatsapp +2349035550140
Please share this testimony: Dr Ubi cured my father's Alzheimer's. God bless you Dr Ubi. Contact: drubiherbalhome@gmail.com
if you need a spell caster to help you win the lottery contact Dr Ilori. I won $2.5 million after his spell. email iloritemple@gmail.com
It's real! After years of suffering with MS fatigue, I used Dr Ogun herbal medicine and all my symptoms are gone. thank you sir. reach him on Viber +234 812 555 0146
The great Dr Uyi helped me cure my kidney disease without dialysis. don't give up, contact him, he is real. +234 704 555 0129
My name is Maria, I was a herpes patient. I want to recommend Dr Olu to anyone. He is honest and his medicine works. email: dr.oluherbal@gmail.com
Stop spending money on hospitals and contact Dr Nosa for natural treatment of MS, ALS and Parkinson's disease. WhatsApp +2348135550128
`;
