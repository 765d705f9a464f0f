/** Comments that cite papers, trials and patient groups: links are normal here. */
export const LINKS = `
Here is the full paper, it's open access: https://doi.org/10.1001/jama.2018.18743
The Canadian trial is registered as NCT01099930 if anyone wants to look it up on clinicaltrials.gov
Try the UK HSCT Facebook group, people there have been through every centre: https://www.facebook.com/groups/hsct.uk.patients/
Mortality figures by centre are in this review: https://pubmed.ncbi.nlm.nih.gov/28241082/
Please sign the petition to keep the MS clinic open: https://www.change.org/p/keep-our-ms-clinic-open
The BEAT-MS protocol is here https://clinicaltrials.gov/ct2/show/NCT04047628 and they are still recruiting in some US sites.
I posted the EBMT guidelines in the group last week. https://www.facebook.com/groups/transplant.ms.support/permalink/2291/
The Muraro meta-analysis is at https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6100000/ and the table on page 4 is worth reading.
The National MS Society has a good page on HSCT trials: https://www.nationalmssociety.org/Research/Research-News-Progress
The Lancet paper is behind a paywall but the abstract is here: https://www.thelancet.com/journals/laneur/home
Here's the NEJM editorial people keep misquoting: https://www.nejm.org/doi/full/10.1056/NEJMe1900123
Interesting news from today, not peer reviewed yet: https://www.medrxiv.org/content/10.1101/2021.05.11.21256920v1
For the Mexican data see https://www.frontiersin.org/articles/10.3389/fneur.2021.650703/full
The MS Society UK summary is a good place to start https://www.mssociety.org.uk/research/latest-research/hsct
I wrote about my first year post transplant on my blog, if it helps anyone: https://myhsctjourney.wordpress.com/year-one
Dr Burt's talk from 2019 is on YouTube, it explains the conditioning regimens really well https://www.youtube.com/watch?v=Xk3fJ4f9bW0
Here's the news story about the Sheffield results: https://www.bbc.co.uk/news/health-43272288
The registry paper is easy to find by its DOI, it starts 10.1001/jamaneurol and it's from 2017.
PubMed ID 30000000-something, I'll check and post the exact one tonight
We set up a group for people with PPMS considering transplant: https://www.facebook.com/groups/ppmshsct/ everyone welcome.
Full text: https://academic.oup.com/brain/article/140/11/2776/4316053 - the MRI results are in figure 2.
The StarMS trial page: https://www.isrctn.com/ISRCTN88667898 recruitment opens soon.
I found the data in the supplementary appendix, https://n.neurology.org/content/early/recent – look at table e-2.
This helped me decide: https://pubmed.ncbi.nlm.nih.gov/?term=hsct+multiple+sclerosis and the trial registry
Sorry, wrong link. This is the one: https://jamanetwork.com/journals/jama/fullarticle/2722208
The Reddit HSCT community has a good FAQ: https://www.reddit.com/r/HSCT/wiki/index
The Wikipedia article on HSCT is out of date, but the references at the bottom are useful https://en.wikipedia.org/wiki/Hematopoietic_stem_cell_transplantation
There are three HSCT Facebook groups I'd recommend, the UK one, the worldwide one and the Mexico one. Search for them, they're private but they accept patients.
The Cochrane review is here: https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD013184
The article from multiplesclerosisnewstoday.com about cladribine was interesting but it was a single case.
Kings College published their outcomes: https://jnnp.bmj.com/content/90/8/884 - 120 patients including PPMS.
The Norwegian RAM-MS trial: https://clinicaltrials.gov/study/NCT03477500
If anyone wants to write to their MP about HSCT access, the template is on the group: https://www.facebook.com/groups/hsctadvocacy/files
`;
