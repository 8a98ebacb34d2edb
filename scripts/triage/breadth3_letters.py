"""Third sub-theme breadth batch of training letters (templates/training/breadth3.jsonl), written one by one.

Why: real public letters still carry sub-themes the earlier batches cover thinly: plain-language Palestine solidarity
petitions telling the history since 1948, recognising Palestine in simple words, a place of worship and evictions in
Jerusalem, the right to boycott Israel (also as Scottish and Welsh petitions), "genocide" said of Gaza (gaza) against
a genocide trade ban naming no country (other), US strikes from British bases tied to Gaza; political prisoners held
by Russia, the 2014 Crimea referendum, visas for Ukrainian family members, obstacles to aid for refugees, sports
boycotts of Russia; saving a named county regiment, aircraft carriers, the UK as a military power, a council asked to
back the nuclear ban treaty, Northern Ireland veterans' prosecutions, service family housing, what 2% / 2.5% / 3% of
GDP means, moving a unit away from a city, pensions for the next of kin of war dead; EU citizens' rights written
emotionally, Brexit and the young, a parent who loved the EEC as a peace project, the Windsor Framework and the
King, the Eurozone as a view on the EU, second homes and the 90/180-day rule, the Retained EU Law Bill, "our catch"
as EU waters. So this batch covers each three to five letters at a time, on both sides where there are sides, in the
public's styles, with several letters by young people or by writers whose English is not their first language, and
some in older wording. About half of the "other" letters are hard negatives sharing this vocabulary with no policy
ask on our topics (Yemen and Saudi arms, Kashmir, Iran, the Armenian genocide, Myanmar, the ECHR, a memorial day for
service personnel, imperial measures, libraries, empty bases for homeless families, Syrian refugees, refugee children
in general, European football bodies, civilian widows' pensions, one veteran's or one Ukrainian's casework, a street
called Gaza Road); the rest is ordinary constituency mail in the same styles.

Every letter is its own text (no skeletons, no slots): ids are f0001... in the order below. Labels follow
templates/training/README.md: a letter gets a topic only when it asks the MP to act on, or states a view about, that
topic's policy. Where the label needed judgement the entry carries a "note" (also written to the JSON line).
Names and places are invented. None of this text is copied or paraphrased from any real petition, campaign or
published letter; it was written for this corpus, and no evaluation set was read.

Run (standard library only, deterministic):

    /usr/bin/python3 scripts/triage/breadth3_letters.py

It writes templates/training/breadth3.jsonl, checks the letters (unique ids, unique bodies, known labels and styles,
no two letters sharing 60% or more of their words, and no letter sharing 60% or more of its words with any letter in
realworld.jsonl, extra.jsonl, breadth.jsonl or breadth2.jsonl) and prints the counts per label and per style.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import letter_batch  # noqa: E402
from letter_batch import D, E, G, O, U  # noqa: E402

OUT = os.path.join(letter_batch.TRAINING, "breadth3.jsonl")
EARLIER = letter_batch.training_files("realworld.jsonl", "extra.jsonl", "breadth.jsonl", "breadth2.jsonl")
STYLES = letter_batch.PUBLIC_STYLES

LETTERS, W = letter_batch.collector()

# ---------------------------------------------------------------- gaza
# plain-language solidarity petitions telling the history
W("campaign", G, "Free Palestine - stop this madness", """To our Member of Parliament,

Since 1948 the Palestinian people have lost their land, their villages and their homes. They call it the Nakba, the catastrophe. Then came the occupation in 1967, the checkpoints, the wall, and now Gaza is being bombed day and night. Children are dying under the rubble. The zionists have been allowed to do this for 75 years and the world looks away.

We the undersigned ask the UK Government to stop this madness: stop selling weapons to Israel, demand a ceasefire now and stand with the Palestinian people.

Free Palestine. Support Palestine.""")
W("email", G, "please help palestine", """Hello MP,

I am 14 years old. In school we learned a bit about 1948 when many Palestinian families had to leave their homes and they still have the keys. Now in Gaza there are children my age who have no school left and no food. It is not fair. Please can you tell the government to help them and make the bombing stop. I don't understand why nobody stops it.

From Amira, year 9""")
W("petition", G, "Support Palestine: end 75 years of injustice", """We want the Government to act to end the suffering of the Palestinian people, which began with the expulsions of 1947-48 and continues under occupation today.

More details
Generations have grown up as refugees. Gaza has been under blockade for years and is now destroyed. The UK played a part in this history from the Balfour Declaration onward and has a duty to use its influence now: a permanent ceasefire, an end to the blockade and an end to the occupation.""")
W("email", G, "Gaza", """Dear Sir, I write from my heart, english is not my first language sorry for mistakes. My family is from Khan Younis. Since 1948 my grandparents was refugees, then my parents, now my cousins again lose everything. Every day I see the children dead on my phone. Please, the UK must say STOP to Israel. Not send more weapons. Thank you. Samir""")
W("angry", G, "GAZA", """Seventy five years of occupation and you still won't say the word. Free Palestine. Stop arming Israel. Stop this madness now.""")
W("editor", G, "One-sided history", """SIR - The petitions now circulating about Gaza tell a story that begins in 1948 and leaves out the Arab armies that attacked the new state, the rockets and the massacre of 7 October. Israel has the right to defend its people. The Government should keep supporting Israel against Hamas and ignore these slogans.

R. Feinberg, Manchester""", "pro-Israel view on the Gaza war: still gaza")
# recognising Palestine in simple words
W("email", G, "Recognise Palestine", """Dear MP, many countries already say Palestine is a country. Why not Britain? It is simple. Please vote for the UK to recognise the State of Palestine. Thank you, Joan Petrie""")
W("angry", G, "recognition", """Recognising Palestine now is a reward for Hamas. Don't do it.""", "against recognising Palestine: still a view on gaza policy")
W("email", G, "palestine should be a country", """hi, i am writing because i think palestine should be a real country like everyone else. people there have flags and a language and a history but the uk doesnt say they are a country. please can you change that. thanks, Rhys (16)""")
W("older", G, "Palestinian statehood", """Dear Mr Ormerod,

I see that the House is to debate a motion on recognising the State of Palestine alongside the State of Israel. I hope you will be in the chamber and will vote in favour. After so many years of failed talks a gesture of this kind costs us little and gives hope to moderates on both sides.

Yours sincerely,
Margaret Hollins
October 2014""")
# place of worship and evictions in Jerusalem
W("email", G, "Raids on the mosque and families thrown out in Jerusalem", """Dear Ms Carnforth,

I watched police firing stun grenades inside a mosque during prayers, and the same week Palestinian families in East Jerusalem were told to leave homes they have lived in since the 1950s so settlers can move in. Please ask the Foreign Office to condemn both the violence at a holy place and the forced evictions, and to say clearly that they break international law.

Regards,
Bilal Hussain""")
W("paper", G, "Public petition: evictions in East Jerusalem", """The petition of residents of Cranmere and District,

Declares that Palestinian families in neighbourhoods of East Jerusalem face eviction from their homes to make way for settlers; further declares that worshippers have been attacked at a place of worship during a religious festival; and further declares that these acts inflame the conflict.

The petitioners therefore request that the House of Commons urge the Government to press Israel to halt the evictions and respect freedom of worship in Jerusalem.

And the petitioners remain, etc.""")
W("campaign", G, "Protect worshippers in Jerusalem", """Nobody should be beaten while they pray. We call on the UK Government to speak up for the right of Muslims and Christians to worship freely in Jerusalem, and against the eviction of Palestinian families from their homes in Sheikh Jarrah and Silwan.""")
W("email", G, "Jerusalem", """sorry my english. in jerusalem they take the houses of palestinian people and give to others. my uncle house also. and soldiers come in the mosque in ramadan. please the british government speak about this. Hana""")
# right to boycott / BDS
W("devolved", G, "Scottish Parliament petition: protect the right to boycott", """Calling on the Scottish Parliament to urge the Scottish Government to defend the right of Scottish councils and pension funds to make ethical investment choices, including divesting from companies complicit in Israel's occupation of Palestinian land, and to oppose UK legislation that would forbid this.

Background: Boycott has been a peaceful tool from the Montgomery bus boycott to South Africa.""")
W("devolved", G, "Senedd petition: the right to boycott Israeli settlement goods", """We call on the Senedd to affirm that public bodies in Wales may decline to buy goods from Israeli settlements in occupied Palestinian territory, and to urge the UK Government to drop plans to ban such decisions.

Additional information: Welsh people have a long history of solidarity campaigns and the freedom to choose where public money goes should be kept.""")
W("template", G, "Vote against the anti-boycott Bill", """Dear MP,

I am writing to ask you to vote against the Bill that would stop councils, universities and other public bodies from boycotting or divesting from Israel. Peaceful boycott is a democratic right. Singling out Israel for special protection from criticism is wrong.

Yours sincerely,
[Name]""")
W("email", G, "BDS", """Dear Mr Fanshawe, I support the ban on public bodies boycotting Israel. BDS campaigns single out the only Jewish state and make Jewish students feel unwelcome. Please vote for the Bill. Regards, David Kessler""", "for banning boycotts of Israel: gaza")
# genocide named for Gaza (gaza); generic trade ban is in "other" below
W("angry", G, "genocide in Gaza", """What is happening in Gaza is a genocide and the UK is complicit. Say it. Stop the arms.""")
W("email", G, "The word genocide", """Dear Ms Addleshaw,

The International Court of Justice found a plausible risk of genocide in Gaza. I would like you to say publicly that the UK must meet its duty under the Genocide Convention: suspend every arms licence to Israel and stop sharing intelligence that could be used in strikes.

Yours,
Dr Helen Mabbott""")
W("editor", G, "A misuse of the word", """SIR - Calling Israel's war against Hamas a genocide empties the word of meaning. The Government is right to reject that charge and should say so plainly.

M. Abrahams, Edgware""", "rejecting the genocide charge against Israel: gaza")
# US strikes from British bases tied to Gaza
W("email", G, "Our bases and Gaza", """Dear Mr Peploe,

Reports say American aircraft flying from British bases in Cyprus and from RAF stations here have been used in strikes in the Middle East linked to the war in Gaza. I do not want my country to be a launch pad for a widening war. Please ask the Government to refuse the use of British bases for any operation that supports Israel's war in Gaza.

Sincerely,
Anne Kilbride""", "British bases asked for in relation to the Gaza war: gaza (no defence-policy ask beyond it)")
W("angry", G, "Akrotiri", """Stop letting the US and Israel use Akrotiri for the Gaza war. We are being dragged in.""")

# ---------------------------------------------------------------- ukraine
# political prisoners held by Russia
W("petition", U, "Press Russia to free the Ukrainian film director on hunger strike", """We want the Government to use every diplomatic channel to demand the release of the Ukrainian film director held in a Russian penal colony, who is now on hunger strike.

More details
He was arrested in occupied territory and sentenced after a trial that human rights groups called a sham. His health is failing. Britain should raise his case with Moscow and at the UN and link it to any future talks.""")
W("email", U, "Crimean Tatars in Russian prisons", """Dear Ms Wickersham,

My family are Crimean Tatars. Since 2014 dozens of our men have been taken from their homes in Crimea at dawn, accused of terrorism for belonging to a prayer group, and sent to prisons deep in Russia. Please ask the Foreign Secretary to name these political prisoners, sanction the judges and investigators, and demand their release.

With thanks,
Emine Seitova""")
W("template", U, "Bring home Ukrainian prisoners of war", """Dear MP,

Thousands of Ukrainian prisoners of war and detained civilians are held by Russia, many without contact with their families and some reportedly tortured. I ask you to urge the Government to press for Red Cross access to every detention site and for all-for-all exchanges.

Yours sincerely,
[Name]""")
W("email", U, "my brother is prisoner", """Dear Member of Parliament, my brother was defender of Mariupol, he is in Russian captivity two years. We have no letter, nothing. Please, the British government can speak loud about our prisoners of war, not forget them. Thank you very much. Oksana""")
# Crimea referendum
W("older", U, "Crimea", """Dear Mr Dunsford,

The so-called referendum held in Crimea last Sunday, under the guns of soldiers without insignia, cannot be accepted as the voice of the people. I hope you will urge the Foreign Secretary to refuse to recognise it and to seek firm sanctions with our European partners.

Yours sincerely,
Clive Endersby
March 2014""")
W("email", U, "Crimea vote", """Dear Sir, be honest, most people in Crimea are Russian and they voted. The UK should accept the result and stop prolonging the war over it. Regards, P. Morley""", "for accepting the Crimea referendum: still a view on Ukraine policy")
W("editor", U, "Crimea is Ukraine", """SIR - Any peace deal that quietly accepts the 2014 Crimea vote would reward annexation by force. Britain must keep refusing to recognise it.

J. Halloran, Bristol""")
# visas for family members
W("email", U, "Mother refused, son granted", """Dear Mrs Ashworth,

I am your constituent and a sponsor under Homes for Ukraine. The family we agreed to host is a mother and her eight-year-old son. The boy's visa was granted; the mother's was refused on a paperwork technicality. No child can travel without his mother. Please press the Home Office to change the rules so that family members are decided together, and no child is granted while a parent is refused.

Yours sincerely,
Graham Tolley""", "asks for a rule change on family visas, not just the one case: ukraine")
W("angry", U, "Ukraine family scheme", """Let Ukrainians bring their parents and grown children too. Family scheme is far too narrow.""")
W("email", U, "family reunion", """Hello, I am Ukrainian, here since 2022. My mother is alone in Zaporizhzhia, she is 74, and now I cannot apply for her because the family scheme closed. Please ask to open again for old parents. It is cruel. Kateryna""", "asks to reopen the scheme for elderly parents generally: ukraine")
# obstacles to humane aid for refugees
W("campaign", U, "Remove the barriers to helping Ukrainian refugees", """Families fleeing Ukraine are waiting weeks for forms and appointments while hosts stand ready. We call on the Government to remove the obstacles: drop the visa paperwork, fund councils properly and let charities deliver aid without red tape.""")
W("org", U, "Faith network: humane reception for Ukrainians", """Dear Member of Parliament,

Our network of churches has offered over a hundred rooms to Ukrainian refugees. Bureaucracy is the biggest obstacle: duplicated checks, unclear guidance and councils without funds. We ask you to press Ministers to simplify the process and remove the barriers to humane aid.

Yours faithfully,
Diocesan Refugee Coordinator""")
W("older", U, "Aid convoys", """Dear Ms Pellow,

Volunteers from our town have driven three vans of medicines to the Polish border and were held for days over customs forms. Please ask the Government to waive export paperwork for humanitarian goods going to Ukraine.

Yours sincerely,
Derek Sumner
April 2022""")
# letters to named MPs about Ukraine
W("email", U, "Dear Mr Varley - Ukraine", """Dear Mr Varley,

You said in the chamber last week that the UK would stand with Ukraine "for as long as it takes". I would like to know what that means for next year's aid budget. Please press for it to be confirmed, including long-range weapons.

Regards,
Simon Crabtree""")
W("email", U, "To Sarah Mortlake MP", """Dear Sarah, I was disappointed by your vote to cut the Ukraine support package. Ukrainians are fighting for all of Europe. Please reconsider. Best wishes, Leonie Fisk""")
W("older", U, "Ukraine and Russia", """Dear Mr Blanchard,

I am told by the papers that Russian troops are gathering on the border of Ukraine. I hope you and your colleagues will warn the Prime Minister not to repeat the weakness shown over Crimea, and to say now what the price of an invasion would be.

Yours faithfully,
Harold Dimmock
January 2022""")
# sports boycotts
W("petition", U, "Keep Russian athletes out of international sport", """We want the Government to press international sports federations to keep Russia and Belarus banned from competition, including under a neutral flag, for as long as the war continues.

More details
Sport is a tool of Russian state propaganda. Neutral athletes still represent the state that funds them.""")
W("email", U, "Let athletes compete", """Dear Ms Grieve, I think banning individual Russian tennis players and athletes from Wimbledon and the Olympics is unfair. They did not start the war. The Government should stop pressing for these bans. Regards, Martin Kovacs""", "against sports bans on Russia: still a view on Ukraine policy")
W("angry", U, "Russia football", """No Russian teams, no Russian flags, no neutral tricks. Boycott them in every sport until they leave Ukraine.""")
# more
W("email", U, "frozen assets", """Dear MP, please support using frozen Russian money in UK banks to rebuild Ukraine. It is only fair the aggressor pays. Thank you, Alison Brand""")
W("email", U, "ukraine war", """im 13 and my friend in my class is from kharkiv. she says her dad is still there. please can the uk keep helping ukraine so the war stops and she can see her dad. from Evie""")

# ---------------------------------------------------------------- defence
# saving a named county regiment or battalion
W("petition", D, "Save the 2nd Battalion of the Royal Wessex Fusiliers", """We want the Government to reverse the decision to disband the 2nd Battalion, Royal Wessex Fusiliers, the last infantry battalion recruited from our county.

More details
The battalion has served in every major campaign for two hundred years. Merging it away cuts recruiting in the county and breaks a link between the Army and the communities it comes from.""")
W("older", D, "The county regiment", """Dear Sir,

As a former sergeant of the Loamshire Regiment I write to protest in the strongest terms at the proposal in the defence review to amalgamate the regiment with its neighbour. A county regiment is a family. Once the cap badge goes the young men of this county will not join. I ask you to oppose this measure in the House.

Yours faithfully,
A. E. Threlfall
July 1991""")
W("editor", D, "Sentiment is not a defence policy", """SIR - Every time a battalion is merged, the county campaign to save it begins. The Army must be organised for the wars it may fight, not for the regimental museums. The Government is right to restructure and should not give way.

Brig (retd) N. Upshaw""", "supports merging units: still a view on defence policy")
W("angry", D, "our regiment", """You cut the Borderers and now you want the last battalion too? Shameful. Save our regiment.""")
# aircraft carriers
W("email", D, "Aircraft carriers", """Dear Mr Ledbetter, two huge aircraft carriers that spend half their time in port, without enough jets or escort ships, are a waste of billions. Please argue for mothballing one and spending the money on the Army and on frigates. Regards, Keith Armitage""")
W("editor", D, "The carriers earn their keep", """SIR - Critics call our carriers white elephants, but they give Britain a reach no other European navy has and were central to NATO exercises this year. Cutting one now would be a false economy. Ministers must fund the aircraft to fill their decks.

Cdr (retd) P. Ransome, Portsmouth""")
W("older", D, "Carrier programme", """Dear Mr Frobisher,

I read that the new carriers may be built without the catapults needed to fly the aircraft we were promised. It seems extraordinary to spend five billion pounds on ships that cannot do the job. I would be grateful if you would raise this with the Defence Secretary.

Yours sincerely,
Pauline Greaves
November 2010""")
# the end of the UK as a military power; army numbers
W("editor", D, "The end of Britain as a military power", """SIR - An Army of barely 73,000, the smallest since Napoleon, a handful of destroyers and a few dozen fighter squadrons: we are witnessing the end of the United Kingdom as a global military power. Parliament should demand a halt to the cuts and an army of at least 100,000.

G. Pettigrew, Taunton""")
W("email", D, "army numbers", """Dear MP, you could fit the whole British Army in Wembley Stadium. Please vote against any further cut in numbers. Regards, Colin Meade""")
W("email", D, "Stop pretending", """Dear Ms Ebdon, I am tired of politicians pretending we are still a world power. We should have a smaller defence force for home and Europe and spend the rest on schools. Thanks, Ruth Kellaway""", "for a smaller military: still defence")
# council asked to back the nuclear ban treaty (TPNW)
W("org", D, "Council motion: Treaty on the Prohibition of Nuclear Weapons", """Dear Member of Parliament,

At its meeting on 14 March the Town Council resolved to support the Treaty on the Prohibition of Nuclear Weapons and to join the ICAN Cities Appeal. The Council asks you to urge the Government to sign and ratify the Treaty and to set out a timetable for the UK's nuclear disarmament.

Yours faithfully,
Town Clerk""", "nuclear ban treaty: defence")
W("email", D, "Our council and the nuclear weapons ban", """Dear Mr Wetherall,

I am asking our borough council to pass a motion backing the UN nuclear ban treaty, like Manchester and Edinburgh have done. I would like to know if you will back it too, and whether you will ask the Government to sign it.

Best wishes,
Frances Dowling""", "nuclear ban treaty: defence")
W("angry", D, "nuclear ban", """The council wasting its time on a nuclear weapons treaty motion. Nuclear deterrence kept the peace. Ignore it.""", "against the nuclear ban treaty: defence")
# Northern Ireland veterans' prosecutions
W("template", D, "End the prosecution of Northern Ireland veterans", """Dear MP,

Soldiers who served in Northern Ireland fifty years ago are being dragged through the courts on the same evidence that cleared them decades ago. I ask you to support legal protection for veterans from repeated investigation.

Yours sincerely,
[Name]""")
W("email", D, "Bloody Sunday families and justice", """Dear Ms Callaghan,

I oppose any amnesty for soldiers accused of killings during the Troubles. Justice must apply to everyone, whatever uniform they wore. Please vote against any Bill that shields veterans from prosecution.

Yours,
Siobhan Mulrine""", "against protection for NI veterans: still defence")
W("older", D, "Veterans of Operation Banner", """Dear Mr Hennessy,

My husband served three tours in Northern Ireland. He is seventy-eight and has received a letter saying that police wish to interview him again about a shooting in 1972. This is a disgrace. I ask that you press for a statute of limitations for all those who served.

Yours sincerely,
Irene Coates
2019""", "asks for a statute of limitations for all veterans: defence")
# service family accommodation
W("email", D, "Service family housing policy", """Dear Mr Strachan,

Service families are still placed in homes with black mould and broken boilers, and the new accommodation model has changed eligibility so that partners not married to the soldier lose out. Please press the MOD to bring service family accommodation back under direct management and to treat long-term partners fairly.

Regards,
Louise Penhaligon""")
W("petition", D, "Decent homes for service families", """We want the Government to set a legal standard for service family accommodation, with fixed repair deadlines and compensation when they are missed.

More details
Families who move every two or three years for the Armed Forces should not have to put up with damp and broken heating.""")
# what 2%, 2.5%, 3% of GDP means
W("email", D, "What does 2.5% actually mean?", """Dear Ms Rowntree, I keep hearing "2.5% of GDP on defence" but nobody explains it. As I understand it, that is about £70 billion a year, most of which goes on wages and equipment. Is it enough? I think we should go to 3% given the threat from Russia, and I would like to know where you stand. Regards, Paul Greenway""")
W("editor", D, "Percentages are not a strategy", """SIR - Politicians bid against each other with 2%, 2.5%, now 3% of GDP for defence, as if the figure mattered more than what is bought. Part of the 2% already includes pensions and intelligence spending. Parliament should demand a plan for capabilities first and then the budget to match.

Prof. A. Lindqvist, Oxford""")
W("angry", D, "3 percent", """3% of GDP on weapons while kids go hungry. No.""", "against raising the defence budget: defence")
# moving a unit away from a city
W("email", D, "Keep 45 Commando in the city", """Dear Mr Trelawney,

I read that the commando unit at the barracks on the edge of our city is to move to a base in the south. The marines have been part of the city for generations, and hundreds of families and local jobs depend on them. Please oppose the move.

Yours sincerely,
Morag Lennie""")
W("paper", D, "Public petition: retention of the Army presence at Fort Haldane", """The petition of residents of Haldane and the surrounding villages,

Declares that the Ministry of Defence intends to close Fort Haldane barracks and move its regiment out of the city; further declares that this will harm the local economy and sever a long connection between the Army and the city.

The petitioners therefore request that the House of Commons urge the Ministry of Defence to keep an Army unit at Fort Haldane.

And the petitioners remain, etc.""")
# pensions for next of kin of war dead, older wording
W("older", D, "Pensions for the widows of those who fell", """Dear Sir,

I am the widow of a soldier killed in the Falklands campaign. On my remarriage my war widow's pension was taken from me, as though the sacrifice of my first husband ceased to matter. I beg you to support the restoration of pensions to all war widows who lost them on remarriage, and to see that the next of kin of those who die in the service of the Crown are properly provided for.

I remain, Sir, yours faithfully,
Mrs E. M. Carrow
1993""", "war widows' pensions as policy: defence (civilian widows are other)")
W("older", D, "Provision for the dependants of fallen servicemen", """Dear Mr Penrose,

Our branch of the Royal British Legion would respectfully draw your attention to the hardship suffered by the mothers and fathers of young servicemen killed in action, who receive no pension of any kind. We trust you will press the Minister to make provision for the next of kin of all who give their lives for their country.

Yours faithfully,
Hon. Secretary, Branch of the Royal British Legion
1984""")
W("email", D, "Defence cuts", """Dear MP, the cuts to the Royal Navy's frigate fleet leave our coast exposed. Please fight for more ships. Thank you, Alan Bryce""")

# ---------------------------------------------------------------- eu
# EU citizens' rights after Brexit, written emotionally
W("email", E, "We are not bargaining chips", """Dear Mr Oakworth,

I came from Lisbon nineteen years ago. I am a nurse on the cardiac ward, my children were born here, I pay my taxes. Since the referendum I wake at night wondering if I will be allowed to stay. Please, stand up in Parliament and demand that the rights of EU citizens are guaranteed in law now, not traded in negotiations. We are not bargaining chips. We are your neighbours.

Ana Rodrigues""")
W("email", E, "please help us", """Dear MP, I am Polish, I live here 12 years, my english is not perfect. After Brexit vote people in the shop tell me go home. My daughter cry. We have settled status but we are afraid the rules change again. Please protect the rights of EU people in UK, give us real paper document and promise. Thank you, Magdalena""", "asks for a guarantee for EU citizens generally: eu")
W("personal", E, "Twenty years and still a guest", """Dear Ms Holroyd,

I moved to this town from Bologna in 1999, opened a café that now employs nine people and married a local man. I never applied for citizenship because as a European I never felt I needed to. The referendum changed that. For two years I did not know whether I would be allowed to stay. The settled status app crashed twice. My husband's own mother asked me if I would "have to go back". I did not sleep properly for months.

I am writing not about my own case, which is now resolved, but because there are thousands of older Europeans, less confident with computers, who still have pre-settled status and live in fear of the deadline. I ask you to press for automatic settled status for every EU citizen who was here before 2021, and a physical document proving it.

With warm regards,
Giulia Marchetti""", "own story used for a policy ask for all EU citizens: eu")
# Brexit and young people's futures
W("email", E, "My future", """Dear MP, I was 12 when the referendum happened so I didn't get a vote, but I am the one who can't study in Germany now without a visa and huge fees. It feels like older people decided our future for us. Please push for rejoining Erasmus and a youth mobility deal with the EU. From Katie, 19""")
W("angry", E, "brexit stole our future", """Brexit stole my generation's right to live and work in 27 countries. Rejoin.""")
W("editor", E, "Young people and Europe", """SIR - Young people complain they lost out from Brexit, yet many more of them now go to Australia, Canada and America than ever went to work in Europe. The Government should not trade away control of immigration for an EU youth scheme.

H. Blakemore, Swindon""", "against an EU youth mobility deal: eu")
# a family story: a veteran parent and the EEC as a peace project
W("personal", E, "My father and Europe", """Dear Mr Alderton,

My father landed in Normandy in June 1944 at the age of nineteen. He saw friends die on the beach and in the hedgerows beyond it. When he came home he never talked about the war, but in 1975 he walked me to the polling station and told me he was voting Yes to the Common Market "so that my grandchildren never have to do what I did". He believed the EEC was above all a peace project, Germans and French and British sitting round a table instead of shooting at each other.

He died in 2012 and I am glad he did not see the referendum. I think he would have wept. I am writing to ask you, for his sake and for my grandchildren's, to support a closer relationship with the European Union and, in time, rejoining it.

Yours sincerely,
Patricia Ellwood""", "family story ending in a view on rejoining the EU: eu")
W("personal", E, "My mother's vote", """Dear Ms Kirkbride,

My mother served in the WAAF and was proud of it. She voted for the Common Market in 1975 because she thought it would stop another war, and she voted Leave in 2016 because she felt the trading club she joined had become a government nobody elected. She told me the EEC she loved was not the EU she left. I agree with her, and I ask you not to support any move to rejoin or to take the UK back under EU rules by the back door.

Yours faithfully,
Maurice Dunning""", "family story ending against rejoining: eu")
# Windsor Framework / NI protocol and the King
W("email", E, "The King and the Windsor Framework", """Dear Mr Brereton,

I was uneasy to see the Prime Minister announce the Windsor Framework with the European Commission President and then take her to meet the King the same afternoon. The monarch should not be drawn into a political deal with Brussels. As for the Framework itself, it still leaves Northern Ireland under EU law in key areas. Please vote against it.

Yours,
Alistair Fergus""")
W("editor", E, "The Framework is a good deal", """SIR - The Windsor Framework fixes the worst of the Northern Ireland Protocol, keeps the border open and gives Stormont a brake on new EU rules. Unionists should accept it and get back to government.

C. McAllister, Belfast""")
W("angry", E, "protocol", """The protocol puts a border in the Irish Sea and splits the United Kingdom. Scrap it.""")
W("older", E, "Northern Ireland Protocol Bill", """Dear Ms Templeton,

I am worried that the Bill to override parts of the Northern Ireland Protocol will break international law and start a trade war with the European Union. Please vote against it.

Yours sincerely,
Roger Millard
June 2022""")
# the Eurozone as a view on the EU
W("older", E, "The Euro crisis", """Dear Mr Castleford,

Watching the riots in Athens and the misery in Spain, I am more than ever glad that Britain kept the pound. The Eurozone has been a disaster for its poorer members and the EU's answer is always more integration. I hope you will support a referendum on our membership so the people can decide whether to stay tied to this failing project.

Yours sincerely,
Brian Eccles
2012""")
W("editor", E, "Greece and the EU", """SIR - The treatment of Greece by the European Central Bank and the Commission shows what the EU really is: a club run for German banks. Britain should be very careful about how close it stays.

L. Pappas, London""")
W("older", E, "The single currency", """Dear Mr Lockyer,

I write as a small exporter. Whatever its troubles, the euro has made trading with our customers in Holland and Belgium much simpler. I hope the Government will not use the Eurozone crisis as an excuse to drift away from Europe, and I ask you to support our continued membership of the European Union.

Yours sincerely,
Jean Patterson
2011""")
# second homes and the 90/180-day rule
W("email", E, "90 days in 180", """Dear MP, we bought a small house in Brittany in 2008 and used to spend the summers there. Now we can only stay 90 days in any 180 because of Brexit. Please ask the Government to negotiate a longer stay for British second-home owners with the EU or with France. Regards, Derek and Sue Hamblin""")
W("angry", E, "Schengen rule", """Second-home owners moaning about 90 days. You voted for it. No special deals.""", "against negotiating the 90/180-day rule: eu")
W("email", E, "Spain and Brexit", """Dear Ms Lowther, my husband and I have an apartment in Spain. The 90/180 rule means we cannot winter there as we did for fifteen years. Please press for a long-stay visa deal with the EU for British pensioners. Kind regards, Brenda Shaw""")
# Retained EU Law Bill
W("template", E, "Drop this dangerous Bill", """Dear MP,

The Retained EU Law Bill would let thousands of laws protecting our rivers, workers and food simply disappear at the end of the year unless a minister chooses to save them. That is reckless. I ask you to vote to drop this dangerous Bill.

Yours sincerely,
[Name]""")
W("email", E, "EU law sunset", """Dear Mr Cornforth, I support the Retained EU Law Bill. Laws made in Brussels should be reviewed and kept only if Parliament wants them. Please vote for it. Regards, Nigel Parkin""", "for the Retained EU Law Bill: eu")
W("campaign", E, "Save our rights from the REUL bonfire", """We call on MPs to stop the Retained EU Law (Revocation and Reform) Bill. It threatens paid holidays, maternity rights and environmental standards that came from our time in the EU. Don't let them vanish overnight.""")
# fishermen's catch as EU waters
W("email", E, "Our catch", """Dear Mr Trevaskis,

I skipper a trawler out of the harbour here. We were promised our waters back. Instead French and Spanish boats still take most of the catch in our own waters under the deal with the EU. Please demand that the fisheries part of the agreement is renegotiated in 2026 and that British fish is landed by British boats.

Regards,
Jack Penrose""")
W("angry", E, "fish", """Our catch, our waters. EU boats out after 2026. No more sell-outs.""")
W("editor", E, "Fishermen were used", """SIR - Fishing was the symbol of Brexit and the industry got almost nothing. Now the EU deal on access runs out and Ministers must stand firm for coastal communities.

D. Buchan, Peterhead""")
W("email", E, "EU", """Dear MP, I think we should go back into the single market. Our exports are down and the paperwork is killing small business. Thanks, Tariq Anwar""")
W("older", E, "Referendum on Europe", """Dear Mr Hatherley,

I would like you to know that I shall vote to stay in the Common Market in next month's referendum, and I hope you will campaign for the same.

Yours faithfully,
Dorothy Pym
May 1975""")

# ---------------------------------------------------------------- other: hard negatives
# generic genocide trade ban naming no country
W("petition", O, "Ban trade with any state committing genocide", """We want the Government to legislate so that the UK cannot sign or keep trade agreements with any state that a UK court or the International Court of Justice finds to be committing genocide.

More details
Trade should never reward mass atrocities, wherever they happen.""", "genocide trade ban naming no country: other")
W("email", O, "Genocide amendment", """Dear Ms Pryor, please support the amendment to the trade Bill that would stop trade deals with countries found to be committing genocide. It should not matter which country it is. Thank you, Ellen Marsh""", "no country named: other")
# Yemen and Saudi arms
W("campaign", O, "Open letter: stop arming Saudi Arabia", """We, the undersigned, call on the UK Government to halt all arms sales to Saudi Arabia while its coalition continues air strikes in Yemen that have killed thousands of civilians, and to support a UN-led peace process.""", "Saudi arms / Yemen: other")
W("email", O, "Yemen", """Dear Mr Halsey, children in Yemen are starving because of the blockade and the bombing. British bombs are made here and sold to the Saudis. Please ask for the export licences to be stopped. Regards, Nadia Saleh""", "Yemen arms: other")
W("older", O, "Arms to Saudi", """Dear Mr Whitlock,

The Court of Appeal has found the Government's decisions on arms sales to Saudi Arabia unlawful. I hope you will press for an immediate suspension of licences.

Yours sincerely,
Tom Bellamy
June 2019""", "other")
# Kashmir
W("org", O, "APPG on Kashmir: human rights in Kashmir", """Dear Colleague,

The All-Party Parliamentary Group on Kashmir invites you to a briefing on the human rights situation in Indian-administered Kashmir, including the communications blackout and detentions without trial. We hope you will join us in calling on the Government to raise these concerns with both India and Pakistan.

Yours sincerely,
Chair, APPG on Kashmir""", "Kashmir: other")
W("email", O, "Kashmir", """Dear MP, my family is from Mirpur. Please speak about Kashmir, people there want the right to decide their future. The UN promised a vote in 1948 and it never happened. Thank you, Imran Bashir""", "Kashmir (1948 but not Palestine): other")
# executions in Iran
W("email", O, "Executions in Iran", """Dear Ms Fairbairn, Iran has executed young protesters after sham trials. Please urge the Foreign Secretary to proscribe the Revolutionary Guard and to summon the ambassador. Regards, Shirin Tavakoli""", "Iran: other")
W("angry", O, "Iran hangings", """Another young man hanged in Iran for protesting. Why is the IRGC still not banned?""", "other")
# Armenian genocide
W("email", O, "Recognise the Armenian genocide", """Dear Mr Gillespie,

Next month is the anniversary of the 1915 massacres of Armenians in the Ottoman Empire. Many Parliaments have formally recognised it as genocide; the UK still has not. My great-grandmother survived the death marches. Please press the Government to recognise the Armenian genocide.

Yours sincerely,
Ani Sarkissian""", "Armenian genocide: other")
W("paper", O, "Public petition: recognition of the Armenian genocide", """The petition of residents of the constituency of Westerleigh,

Declares that the killing of up to one and a half million Armenians in 1915-1923 has been recognised as genocide by many states and scholars; and further declares that the United Kingdom has never formally done so.

The petitioners therefore request that the House of Commons urge the Government to recognise the Armenian genocide.

And the petitioners remain, etc.""", "other")
# a UN force for Myanmar
W("petition", O, "Call for a UN protection force in Myanmar", """We want the Government to propose at the UN Security Council a peacekeeping force to protect civilians in Myanmar from the military junta's air strikes.

More details
Villages are bombed every week and refugees flee to Thailand and Bangladesh.""", "Myanmar: other")
W("email", O, "Myanmar", """Hello, I am from Myanmar, living in UK now. The army is bombing schools and burning villages. Please UK help to send UN soldiers to protect people. Thank you. Thandar""", "Myanmar: other")
# leaving the ECHR
W("angry", O, "ECHR", """Leave the ECHR now. Foreign judges shouldn't decide who we can deport.""", "ECHR is not the EU: other")
W("editor", O, "Stay in the Convention", """SIR - Leaving the European Convention on Human Rights would put us alongside Russia and Belarus. It was drafted largely by British lawyers after the war. The Government must rule it out.

K. Moffat, Cardiff""", "ECHR, no EU tie: other")
# bank holiday or memorial for fallen service personnel
W("petition", O, "A bank holiday for Remembrance", """We want the Government to make the Monday after Remembrance Sunday a bank holiday, so families can honour the fallen together.

More details
Many people cannot attend services because of work.""", "remembrance: other")
W("email", O, "Memorial for those killed in Afghanistan", """Dear Mr Trinder, our town has no memorial to the three local soldiers killed in Helmand. Could you help us approach the council for a site? Regards, Brenda Oakes""", "memorial: other")
# imperial measures
W("angry", O, "pints and pounds", """Let shops sell in pounds and ounces again. Nobody asked for metric only.""", "imperial measures: other")
W("older", O, "Metric martyrs", """Dear Sir,

I write in support of the greengrocer in Sunderland prosecuted for selling bananas by the pound. It is absurd that a trader can be taken to court for this. I trust you will support a change in the law.

Yours faithfully,
Frank Holgate
2001""", "imperial measures, no EU ask: other")
# libraries
W("email", O, "Save Brockley Green library", """Dear Ms Quayle, the council plans to close our library. It is the only warm, free place for many older people and children to do homework. Please help us keep it open. Regards, Rachel Imrie""")
W("campaign", O, "Keep our libraries open", """Libraries are more than books. We call on the council and the Government to stop the closures and fund library services properly.""")
# empty military bases to house homeless families
W("email", O, "Use empty barracks for homeless families", """Dear Mr Pemberton, there are empty army barracks and RAF quarters standing idle while families sleep in B&Bs. Please ask the Government to let councils use them as temporary homes. Regards, Gwen Tuffin""", "housing use of empty bases, no defence-policy ask: other")
W("angry", O, "empty MOD houses", """Hundreds of empty MOD houses boarded up in our town and a waiting list of 4,000. Fill them.""", "other")
# Syrian refugees; refugee children in general
W("email", O, "Syrian refugees", """Dear MP, our church sponsored a Syrian family through community sponsorship. It worked wonderfully. Please ask the Government to expand community sponsorship for refugees. Regards, Revd Paul Atherton""", "Syrian refugees: other")
W("template", O, "Safe routes for refugee children", """Dear MP,

Unaccompanied refugee children in Europe with family in the UK should be able to join them safely. Please support restoring the right of refugee children to family reunion.

Yours sincerely,
[Name]""", "refugee children in general: other")
W("email", O, "refugee kids", """hi, i'm 15 and we did a project on refugee children who come on small boats alone. i think they should be allowed to go to school and be safe not put in hotels. please help them. thanks, Joel""", "refugee children in general: other")
# European football supporters' bodies
W("org", O, "Supporters' association: ticket prices in European away games", """Dear Member of Parliament,

Our supporters' trust works with Football Supporters Europe on fair ticket prices for European away matches. We ask you to support our call for UEFA to cap away tickets at €30.

Yours faithfully,
Chair, Supporters' Trust""", "European football bodies: other")
W("email", O, "Champions League final chaos", """Dear MP, I was crushed at the gates at the Champions League final in Paris. UEFA has never properly apologised. Please push for British fans to be compensated. Regards, Lee Dawson""", "football: other")
# civilian widows' pensions
W("email", O, "Widowed parent's allowance", """Dear Ms Barraclough, my partner died last year. We weren't married so I can't get bereavement support for our kids. Please support changing the law for unmarried parents. Thanks, Chloe Fenwick""", "civilian widows: other")
W("older", O, "Widows' pensions", """Dear Mr Earnshaw,

I am a widow of seventy-two. My late husband was a miner. I find the state pension and the little from his works pension do not stretch to the heating. I hope you will press the Chancellor to do more for pensioners like me.

Yours sincerely,
Mrs Ada Whittle
1998""", "civilian widow: other")
# a veteran's own casework
W("email", O, "Veteran ID card", """Dear Mr Boyce, I served 12 years in the Royal Engineers. I applied for my veteran ID card five months ago and heard nothing. Can your office chase it please? Service number on request. Regards, Steve Kirkham""", "one veteran's casework: other")
W("email", O, "My war pension", """Dear MP, I left the army in 2015 with a knee injury. My armed forces compensation claim has been stuck for a year and my PIP was cut. Could you help with my case? Thanks, Dean Hollis""", "one veteran's casework: other")
W("email", O, "help please", """hello. i am ex soldier, now i have no house. council say i am not priority. can you help me. Gary""", "veteran's own housing: other")
# a Ukrainian neighbour's own housing repair
W("email", O, "Repair for my Ukrainian neighbour", """Dear Ms Dalby, the Ukrainian family next door rent a flat from the housing association and the ceiling has leaked for two months. Their English is limited so I'm writing for them. Can your office chase the repair? Regards, Martin Cole""", "one Ukrainian family's repair: other")
W("email", O, "flat problem", """Hello, I am from Ukraine, live in council flat since 2023. The heating is broken four weeks, I have small baby. I call many times. Please help. Iryna""", "Ukrainian's own casework: other")
# a street named Gaza / Palestine Road
W("email", O, "Potholes on Gaza Road", """Dear Mr Ashby, Gaza Road in the town centre has potholes so deep a cyclist came off last week. Please push the council to resurface it. Regards, Alan Prentice""", "street name: other")
W("angry", O, "Palestine Road", """Palestine Road streetlights out for three weeks. Someone will get mugged. Fix them.""", "street name: other")
# more hard negatives
W("email", O, "Sudan", """Dear MP, people in Darfur are being massacred again. Please push the Government to lead at the UN on Sudan. Thank you, Mariam Osman""", "Sudan: other")
W("email", O, "Russian gas and my bills", """Dear MP, my energy bill has doubled since the war in Ukraine started. I can't pay it. What help is there? Regards, Janet Lumb""", "bills blaming the war in passing: other")
W("email", O, "Brexit paperwork for my shop", """Dear Ms Yates, I have a small online shop. I need help finding out the customs rules for sending parcels to Ireland. Could your office point me to the right person? Thanks, Holly Baines""", "one business's practical query: other")
W("email", O, "Armed Forces Day", """Dear Mr Inskip, you are warmly invited to our Armed Forces Day fun day on the village green on 28 June. Best wishes, Parish Council""", "invitation: other")
W("email", O, "Cadet hut roof", """Dear MP, the air cadets' hut roof leaks. Do you know of any grants? Regards, Flt Lt (ATC) Sue Nolan""", "other")
W("email", O, "Israeli-born consultant", """Dear MP, I want to thank the NHS and especially the Israeli-born surgeon at St Aldhelm's who saved my husband's life. Please pass on my thanks to the hospital trust. Margaret Sowerby""", "other")
W("older", O, "Bosnia refugees", """Dear Mr Rowell,

I run a small charity sending parcels to refugees from Bosnia. Could you help us get a VAT exemption on postage?

Yours sincerely,
Eileen Parr
1994""", "other")
W("email", O, "Cluster bombs in Laos", """Dear MP, I visited Laos and saw children maimed by old cluster bombs. Please support more funding for clearing unexploded ordnance there. Regards, Ben Tolhurst""", "demining aid in Laos: other")

# ---------------------------------------------------------------- other: ordinary constituency mail
W("email", O, "GP appointments", """Dear Ms Hepworth, I rang the surgery 47 times at 8am and still got no appointment. This can't go on. What is being done about GP numbers in our area? Regards, Lorraine Jessop""")
W("angry", O, "A&E", """Nine hours in A&E with my dad on a trolley. The NHS is broken. Do something.""")
W("email", O, "dentist", """Dear MP, there is no NHS dentist taking adults within 30 miles. My tooth has been bad for months. Please help. Kevin Rowe""")
W("petition", O, "Fund school buildings with crumbling concrete", """We want the Government to publish a full list of schools with RAAC and fund their repair within two years.

More details
Children are being taught in portakabins while ceilings are propped up.""")
W("email", O, "SEND support", """Dear Mr Coleridge, my son has autism and has waited 18 months for his EHCP. He isn't coping at school. Please help us push the council. Regards, Natalie Grainger""")
W("email", O, "School uniform costs", """Dear MP, branded uniform is costing me £200 per child. Schools should allow supermarket uniform. Thanks, Donna Pyke""")
W("angry", O, "potholes", """Three tyres in two months on Moor Lane. Is anyone ever going to fix the potholes?""")
W("email", O, "Pothole claim", """Dear Ms Fothergill, my car hit a huge pothole on the A684 and the council rejected my claim. Could you raise it with them? Regards, Ian Thorley""")
W("paper", O, "Public petition: restoration of the 42 bus", """The petition of residents of Ashgrove and Little Fenby,

Declares that the withdrawal of the 42 bus service has left elderly and disabled residents unable to reach the town centre and the hospital.

The petitioners therefore request that the House of Commons urge the Government to fund the restoration of the service.

And the petitioners remain, etc.""")
W("email", O, "bus to college", """hi, im 17 and the bus to my college got cut so now i have to get up at 5.30 and walk. its not fair. can you help bring it back. thanks, Kyle""")
W("email", O, "Energy bills", """Dear MP, I'm a pensioner and my energy bills are frightening. I keep the heating off and wear my coat inside. Please push for the Winter Fuel Payment to be restored. Elsie Dobson""")
W("angry", O, "standing charges", """Standing charges have doubled. I pay before I even switch a light on. Scrap them.""")
W("editor", O, "Prepayment meters", """SIR - Forcing prepayment meters on vulnerable people is cruel. The regulator must ban it for good.

A. Crowther, Wakefield""")
W("email", O, "Planning: 400 houses on Hebden Fields", """Dear Mr Sutcliffe, the plan to build 400 houses on Hebden Fields has no new school, no surgery and one road in. Please object. Regards, Carol Wainwright""")
W("paper", O, "Public petition: protection of Wendle Meadows", """The petition of residents of Wendle,

Declares that the proposed development of Wendle Meadows would destroy a well-loved green space and increase flooding.

The petitioners therefore request that the House of Commons urge the Government to strengthen protections for local green spaces.

And the petitioners remain, etc.""")
W("email", O, "solar farm", """Dear MP, I support the solar farm near our village. We need clean energy. Please don't join the campaign against it. Regards, Ben Ashford""")
W("email", O, "Puppy farming", """Dear Ms Linley, please support a ban on third-party puppy sales being enforced properly. Our local council does almost nothing. Thanks, Sophie Gartside""")
W("campaign", O, "End the badger cull", """We call on the Government to end the badger cull for good and invest in a cattle TB vaccine.""")
W("email", O, "XL bully ban", """Dear MP, my dog is an XL bully and has never hurt anyone. The ban is unfair to responsible owners. Regards, Jordan Platt""")
W("older", O, "Fox hunting", """Dear Mr Baverstock,

I hope you will vote for the Bill to ban hunting with dogs. It is a cruel sport with no place in a modern country.

Yours sincerely,
Audrey Miles
2004""")
W("email", O, "Universal Credit deduction", """Dear MP, Universal Credit is taking £90 a month back for an advance I took out. I can't afford food. Please help. Stacey Beech""")
W("email", O, "PIP assessment", """Dear Mr Garside, my PIP assessor wrote that I walked my dog when I don't have a dog. I've been refused. Can you help with my appeal? Regards, Lynn Hargreaves""")
W("angry", O, "two child limit", """Scrap the two-child limit. Kids are going hungry because of it.""")
W("email", O, "Carer's Allowance overpayment", """Dear Ms Whitworth, I am being asked to pay back £4,000 in Carer's Allowance because I earned £5 over the limit some weeks. I had no idea. Please help. Julie Denton""")
W("email", O, "Sewage in the river", """Dear MP, the water company dumped sewage into the River Wenning 200 times last year. My kids can't paddle. Please push for tougher fines. Regards, Owen Birtwistle""")
W("template", O, "Stop sewage dumping", """Dear MP,

Please support a legal ban on sewage discharges into bathing waters and rivers, and end bonuses for water company bosses until it stops.

Yours sincerely,
[Name]""")
W("email", O, "Speeding on Church Street", """Dear Mr Lomax, cars race down Church Street past the primary school. Can you help us get a 20mph limit? Regards, Parents of St Anne's""")
W("email", O, "Post office closure", """Dear MP, our last village post office is closing. Older people rely on it for pensions and parcels. Please help keep it open. Doreen Pratt""")
W("email", O, "Council tax", """Dear Ms Calder, our council tax has gone up 5% again and the bins are collected every three weeks. What am I paying for? Regards, Neil Barlow""")
W("angry", O, "fly tipping", """Mattresses dumped on our lane every week. Council doesn't care. Fines should be huge.""")
W("email", O, "Universities and tuition fees", """Dear MP, I'm 18 and about to go to uni. £9,250 a year plus rent means I'll owe £50k. Please support cutting tuition fees. Thanks, Priya""")
W("email", O, "Childcare hours", """Dear Mr Brandwood, our nursery says it can't offer the 30 free hours because the funding doesn't cover costs. Please raise this. Regards, Amy Sheridan""")
W("email", O, "Rent increase", """Dear MP, my landlord put my rent up £250 a month with two weeks' notice. Is that legal? What is being done for renters? Holly Carr""")
W("older", O, "Poll tax", """Dear Mr Hendry,

I wish to record my opposition to the Community Charge. It is unfair that a duke and a dustman pay the same. I hope you will vote against it.

Yours faithfully,
J. Rennie
1989""")
W("email", O, "Hospital parking", """Dear MP, I visit my wife in hospital every day and the parking costs me £60 a week. Please push for free parking for regular visitors. Regards, Harold Bamber""")
W("email", O, "Mental health waiting list", """Dear Ms Ogden, my daughter is 14 and has waited nine months for CAMHS. She self-harms. Please help. A worried mum""")
W("email", O, "Broadband", """Dear MP, our hamlet still has 2 Mbps broadband. I work from home and can't join video calls. Any help with Project Gigabit? Regards, Tom Halliwell""")
W("email", O, "Rail timetable", """Dear Mr Ackroyd, the new timetable cut our morning train to Leeds. Commuters now arrive late. Please raise this with the operator. Regards, Fiona Sykes""")
W("angry", O, "trains", """Cancelled again. Third time this week. Nationalise the lot.""")
W("email", O, "Care home fees", """Dear MP, my mother's care home fees have gone up to £1,400 a week. We will lose her house. Please support a cap on care costs. Regards, Graham Stott""")
W("email", O, "Assisted dying", """Dear Ms Holt, I ask you to vote for the assisted dying Bill. My father died in pain. Regards, Lesley Craven""")
W("email", O, "Assisted dying - against", """Dear Ms Holt, please vote against assisted dying. Disabled people will feel pressured. Regards, Martin Cawley""")
W("email", O, "Knife crime", """Dear MP, a 15-year-old was stabbed near our park. We need youth clubs and more police. Please help. Sandra Oyelaran""")
W("email", O, "passport", """hello, my passport application is 11 weeks and i fly in 10 days for my sister wedding. please help. Mohammed Rafiq""")
W("email", O, "Student visa for my nephew", """Dear MP, my nephew from Nigeria has an offer from Leeds University but his visa is taking months. Could your office enquire? Regards, Grace Adeyemi""")
W("org", O, "Food bank: rising demand", """Dear Member of Parliament,

Our food bank gave out 40% more parcels this year than last. Most of those referred are in work. We would welcome a visit and ask you to press for the benefit system to cover essentials.

Yours faithfully,
Manager, Riverside Food Bank""")
W("org", O, "Chamber of Commerce: business rates", """Dear Member of Parliament,

Our members on the high street face rising business rates while online retailers pay little. We ask you to support reform of business rates.

Yours faithfully,
Chief Executive, Chamber of Commerce""")
W("devolved", O, "Senedd petition: 20mph default limit", """We call on the Senedd to reverse the default 20mph speed limit on restricted roads in Wales.

Additional information: The blanket limit has lengthened journeys and should be applied only near schools and homes.""")
W("devolved", O, "Scottish Parliament petition: ferry services", """Calling on the Scottish Parliament to urge the Scottish Government to guarantee reliable ferry services to the islands, with replacement vessels ordered now.

Background: Breakdowns have cut islands off for days.""")
W("email", O, "Cost of school trips", """Dear MP, the school wants £900 for a trip. My daughter will be the only one not going. Schools should keep trips affordable. Regards, Kerry Lowe""")
W("email", O, "Wind turbine noise", """Dear Mr Pennington, the turbine near our farm hums all night. The council says it is within limits. Can you help? Regards, Eric Ainsworth""")
W("angry", O, "HS2", """Billions wasted on HS2 and our local line still has one carriage. Scandal.""")
W("email", O, "Thank you", """Dear Ms Trafford, thank you for helping sort my mother's pension. It made a big difference. Best wishes, Yvonne Cheetham""")
W("email", O, "Scam calls", """Dear MP, my elderly dad lost £3,000 to a scam caller pretending to be his bank. The banks should refund victims. Regards, Phil Dyson""")
W("editor", O, "Village pubs", """SIR - Another village pub has closed. Beer duty and business rates are killing the heart of rural life.

R. Tennant, Skipton""")
W("email", O, "Climate", """Dear MP, I'm 12 and I'm worried about climate change. Please make the government stop new oil fields. From Isla""")
W("older", O, "Mobile phone mast", """Dear Mr Copley,

I object to the mobile telephone mast planned outside the primary school. Parents are very worried about the health effects.

Yours sincerely,
Mrs G. Ibbotson
2002""")

# ---------------------------------------------------------------- multi-label
W("email", ["ukraine", "defence"], "Ukraine and our own army", """Dear Mr Heywood, we have sent Ukraine tanks and guns we never replaced, and the Army is now too small to fight a war itself. Keep supporting Ukraine, but raise defence spending to 3% and rebuild the Army. Regards, Frank Ollerton""", "Ukraine aid plus UK defence spending: ukraine + defence")
W("editor", ["gaza", "defence"], "Bases in Cyprus", """SIR - The sovereign base areas in Cyprus are being used for surveillance flights over Gaza. Whatever one thinks of the war, Parliament should decide what our bases are for, and the Defence Secretary should publish what the flights are doing.

E. Constantinou, Enfield""", "Gaza war and the purpose of UK bases: gaza + defence")
W("email", ["defence", "eu"], "European security after Brexit", """Dear Ms Ingleby, with America unreliable, the UK must sign a full security and defence pact with the EU and take part in European arms procurement. Brexit should not stop us defending Europe together. Regards, Hugh Penney""", "EU defence pact: defence + eu")
W("email", ["ukraine", "eu"], "Ukraine in the EU", """Dear Mr Tolson, I hope the Government will back Ukraine's bid to join the European Union and work with Brussels to make it happen quickly. Regards, Vera Bilyk""", "Ukraine's EU accession: ukraine + eu")

# ---------------------------------------------------------------- more topic letters in the public's styles
W("paper", G, "Public petition: humanitarian aid into Gaza", """The petition of residents of Hollinwood and Lees,

Declares that the people of Gaza face famine; further declares that aid lorries are held at the crossings for weeks.

The petitioners therefore request that the House of Commons urge the Government to press Israel to open all crossings to aid and to fund UNRWA in full.

And the petitioners remain, etc.""")
W("org", G, "Mosque committee: ceasefire in Gaza", """Dear Member of Parliament,

The committee of Masjid al-Noor, on behalf of 1,200 worshippers in the constituency, asks you to call publicly for an immediate and permanent ceasefire in Gaza and for the release of all hostages. Our community has lost relatives and is in grief.

Yours faithfully,
Chairman, Masjid al-Noor""")
W("org", G, "Synagogue council: hostages and antisemitism", """Dear Member of Parliament,

Our congregation is frightened by the rise in antisemitic incidents since 7 October. We ask you to press the Government to keep demanding the release of the hostages held in Gaza and to stand by Israel's right to defend itself.

Yours faithfully,
President, Hebrew Congregation""", "pro-Israel view on the Gaza war: gaza")
W("personal", G, "Why I marched", """Dear Mr Rotherwood,

I am sixty-eight and until last year I had never been on a demonstration. I am a retired midwife. I spent a year in the 1980s working at a clinic in a refugee camp near Nablus and I have delivered babies whose grandparents fled their villages in 1948. When I see pictures of premature babies dying in Gaza because the generators ran out of fuel, I cannot stay at home.

I marched because I want my country to do what it can: demand a ceasefire, get aid in at scale, stop selling parts for weapons used in Gaza, and recognise the State of Palestine. I would be grateful to know your position on each of these.

Yours sincerely,
Janet Ormsby""")
W("template", G, "Stop arms sales to Israel", """Dear MP,

I am writing as your constituent to ask you to call on the Government to suspend all arms export licences to Israel while there is a clear risk they could be used in violations of international law in Gaza.

Yours sincerely,
[Name]""")
W("older", G, "Operation in Gaza", """Dear Mr Fairweather,

I am appalled by the loss of life in Gaza over Christmas. I ask that you urge the Foreign Secretary to press for an immediate ceasefire and for the blockade to be lifted.

Yours sincerely,
Moira Tulloch
January 2009""")
W("email", G, "free palestine", """Please the UK stop help Israel. Every day children dead. Free Palestine. Thank you. Fatima, 11 years""")
W("paper", U, "Public petition: support for Ukraine", """The petition of residents of Marlbrook,

Declares that Russia's invasion of Ukraine is a grave breach of international law; and further declares that Ukraine's people need continued military, humanitarian and economic support.

The petitioners therefore request that the House of Commons urge the Government to maintain its support for Ukraine.

And the petitioners remain, etc.""")
W("devolved", U, "Scottish Parliament petition: Scotland's welcome for Ukrainians", """Calling on the Scottish Parliament to urge the Scottish Government to reopen its super-sponsor scheme for Ukrainian refugees and to urge the UK Government to extend their leave.

Background: Scotland welcomed over 25,000 Ukrainians. Many now need longer-term homes and security.""")
W("personal", U, "Our guests from Kherson", """Dear Ms Farrant,

Eighteen months ago my wife and I opened our spare rooms to a grandmother, her daughter and two small boys from Kherson. They arrived with a rucksack each. The boys now speak English with a Lancashire accent and the daughter works at the hospital. The grandmother still wakes at every siren on the television.

What they fear most now is not the war but the uncertainty: each visa extension comes late, and they cannot plan. I am writing to ask you to push for Ukrainians under the Homes for Ukraine scheme to be given a clear route to settle here if they wish, and for hosts' thank-you payments to continue while they find their feet.

Yours sincerely,
Robert Kenworthy""", "host's story ending in a scheme-wide ask: ukraine")
W("org", U, "Ukrainian community association: prisoners and deported children", """Dear Member of Parliament,

Our association represents Ukrainians living across the county. We ask you to raise in Parliament the fate of Ukrainian children deported to Russia and of civilians held in Russian prisons, and to press the Government to support the international efforts to return them.

Yours faithfully,
Chair, Ukrainian Community Association""")
W("angry", U, "stop funding ukraine", """Not another penny for Ukraine while our own hospitals fall apart.""", "against aid to Ukraine: still ukraine")
W("older", U, "Chernobyl children", """Dear Mr Whitworth,

Our group hosts children from the area near Chernobyl each summer. We hope you will press the Government to support Ukraine's independence and its new democracy, and to resist pressure from Moscow.

Yours sincerely,
Hilda Barrowclough
1995""")
W("email", U, "Ukraine peace", """Dear MP, I think Britain should push for peace talks now, not more weapons. Too many young men are dying on both sides. Regards, Derek Hall""", "for negotiations: ukraine")
W("devolved", D, "Scottish Parliament petition: Scotland and the nuclear ban treaty", """Calling on the Scottish Parliament to urge the Scottish Government to declare its support for the Treaty on the Prohibition of Nuclear Weapons and to ask the UK Government to sign it.

Background: Nuclear weapons are based on the Clyde against the wishes of most Scottish MPs.""")
W("org", D, "Families federation: service children's schooling", """Dear Member of Parliament,

Our federation represents Army families. Frequent postings mean service children change school up to nine times. We ask you to support a guaranteed school place and continuity of special needs support for every service child as part of the Armed Forces Covenant.

Yours faithfully,
Director, Army Families Federation""", "Armed Forces Covenant policy: defence")
W("personal", D, "Thirty years in uniform", """Dear Mr Gatley,

I joined the Army at sixteen in 1988, served in Bosnia, Iraq and Afghanistan, and left as a warrant officer. In that time I watched the Army shrink from 150,000 to barely half that. Battalions I served with have gone. Kit that was promised never came. Young soldiers now leave after four years because their housing is damp and their pay is poor.

I am not writing about myself; my pension is fine and I have a job. I am writing because I think this country has forgotten what it takes to have an Army. I ask you to press for a halt to cuts in Army numbers, for proper funding of service housing, and for pay that keeps good people in.

Yours sincerely,
WO1 (retd) Mark Dennehy""")
W("campaign", D, "Scrap Trident, fund the NHS", """Trident renewal will cost over £200 billion. We call on the Government to cancel it and spend the money on the NHS and schools.""")
W("angry", D, "defence", """Defence budget cut again while Russia rearms. Madness.""")
W("paper", E, "Public petition: a youth mobility scheme with the EU", """The petition of residents of Kingsmoor,

Declares that young people in the United Kingdom have lost the freedom to work and study in the European Union.

The petitioners therefore request that the House of Commons urge the Government to agree a youth mobility scheme with the European Union and to rejoin the Erasmus+ programme.

And the petitioners remain, etc.""")
W("devolved", E, "Senedd petition: Wales and EU funding", """We call on the Senedd to urge the UK Government to seek Welsh participation in EU programmes, including Horizon and Erasmus, and a closer relationship with the European Union.

Additional information: Wales was a net beneficiary of EU membership and has lost out since leaving.""")
W("org", E, "Farmers' union: veterinary agreement with the EU", """Dear Member of Parliament,

Our members exporting lamb to the EU face costly border checks. We ask you to support an SPS veterinary agreement with the European Union to remove these barriers.

Yours faithfully,
Regional Director, Farmers' Union""")
W("email", E, "brexit", """Dear MP, I voted Leave and I still believe it. Please do not let the Government drift back into EU rules through these "resets". Regards, Barry Cullen""")
W("email", E, "Europe", """sorry for my english, I am Romanian, working here in care home. I think UK is better together with Europe, please think about rejoin. People like me help here. Thank you, Elena""")
W("campaign", E, "Rejoin the EU", """Brexit has made us poorer. We call on the Government to begin talks to rejoin the European Union.""")

# ---------------------------------------------------------------- more short topic letters
W("petition", G, "Recognise the State of Palestine now", """We want the Government to recognise the State of Palestine on the 1967 borders with East Jerusalem as its capital.

More details
More than 140 countries already do. Recognition is a step towards peace, not a reward for anyone.""")
W("angry", G, "support palestine", """Support Palestine. End the occupation. End the siege. Simple.""")
W("email", G, "Israel", """Dear Mr Sandbach, I stand with Israel. Please make sure the UK keeps supporting Israel's right to destroy Hamas and bring the hostages home. Regards, Lisa Gould""", "pro-Israel: gaza")
W("petition", U, "Sanction the judges who jail Ukrainian and Russian dissidents", """We want the Government to sanction the Russian judges, prosecutors and prison governors responsible for jailing Ukrainian civilians and political prisoners from occupied territories.

More details
Individual sanctions show that those who carry out repression will be held to account.""")
W("angry", U, "Putin", """Putin must lose. Give Ukraine whatever it needs and seize the frozen billions.""")
W("email", U, "Ukrainian students", """Dear MP, I am a Ukrainian student here. Please ask the government to let Ukrainians pay home fees at university, not international fees. Many of us can't afford to continue. Thank you, Dmytro""", "asks for a policy change for all Ukrainian students: ukraine")
W("petition", D, "Keep the Red Arrows flying", """We want the Government to guarantee the future of the Red Arrows and their base.

More details
The team inspires young people to join the RAF and is a national symbol.""", "RAF display team as defence policy: defence")
W("email", D, "Conscription", """Dear Ms Pendle, I am 17 and I heard about plans for national service. I don't think young people should be forced into the military. Please vote against it. From Alfie""", "national service in the armed forces: defence")
W("older", D, "Options for Change", """Dear Mr Maddox,

I see from the Defence Secretary's statement that the Army is to lose a further 40,000 men now the Cold War is over. A peace dividend is all very well, but the world is not so safe as the papers suppose. I ask you to resist these cuts.

Yours faithfully,
Col. (retd) H. R. Vesey
1990""")
W("email", D, "Army recruitment", """Dear MP, the outsourced Army recruitment contract has been a disaster for years. Bring recruitment back in-house. Regards, Ray Bentham""")
W("angry", E, "freedom of movement", """Bring back freedom of movement. Brexit was a con.""")
W("older", E, "Maastricht", """Dear Mr Hargreave,

I urge you to vote against the Maastricht Treaty. We joined a Common Market, not a European superstate, and the people should have a referendum.

Yours faithfully,
Cyril Bagshaw
1992""")
W("email", E, "Horizon science", """Dear Dr Allenby, as a researcher I was relieved we rejoined Horizon Europe. Please push for association to Erasmus too. Best, Dr Kirsten Lamb""")
W("editor", E, "Northern Ireland and the single market", """SIR - Northern Ireland businesses now enjoy access to both the UK and the EU single market. Rather than complain, Great Britain should seek the same deal through closer alignment with the EU.

M. Donnelly, Newry""")
W("email", ["gaza", "ukraine"], "Double standards", """Dear Ms Oldroyd, the Government rightly sanctions Russia for bombing Ukrainian cities and gives Ukrainians visas, but does nothing like that for Gaza. Please push for the same treatment: sanctions on Israeli ministers and a visa scheme for Gazans. Regards, Yusuf Patel""", "asks for action on both: gaza + ukraine")

# ---------------------------------------------------------------- more other
W("personal", O, "My son's school place", """Dear Mrs Hindle,

I am writing about my son Oliver, who is eleven and has cerebral palsy. We applied for a place at the secondary school two streets away, which has a lift and a specialist unit. He was instead given a place at a school six miles away with no lift, because the council says the nearer school is full. He has had three operations in two years and the taxi journey would take an hour each way.

We have appealed and lost. I do not know where else to turn. Could your office please raise his case with the council's director of education?

Yours sincerely,
Helen Rigby""")
W("personal", O, "My husband's care", """Dear Mr Aspden,

My husband has dementia. For four years I have been his carer, day and night. Last month he was admitted to hospital after a fall and now the hospital wants to discharge him to a care home forty miles away because there are no beds nearer. I would not be able to visit; I do not drive.

I am asking for help to find him a place nearer home, and more widely I would like you to know how little support there is for carers like me.

Yours sincerely,
Joan Entwistle""")
W("older", O, "Hospital closure", """Dear Mr Rigg,

The health authority proposes to close the maternity unit at the cottage hospital. Mothers will have to travel thirty miles in labour. I ask you to oppose this.

Yours sincerely,
Mrs P. Lund
1987""")
W("email", O, "Nuclear power station jobs", """Dear MP, please back the new small reactor at the old power station site. It would bring 900 jobs. Regards, Craig Whiteley""", "civil nuclear power: other")
W("email", O, "Gurkha restaurant licence", """Dear MP, our family runs the Gurkha Kitchen restaurant and the council is refusing our late licence. Can you help? Regards, Binod Gurung""", "restaurant name: other")
W("email", O, "Flagpole outside the town hall", """Dear MP, can you tell me who to complain to about the state of the flagpole outside the town hall? It's rusty and leaning. Regards, Colin Fry""", "other")
W("angry", O, "Eurovision", """Who cares about Eurovision. Fix the roads.""", "Eurovision alone: other")
W("email", O, "War on motorists", """Dear MP, the council's war on motorists has to stop: LTNs, cameras, and now parking charges at the leisure centre. Regards, Terry Webb""", "other")

# ---------------------------------------------------------------- output and self-check


def main():
    items = letter_batch.rows(LETTERS, "f")
    letter_batch.check(items, "breadth3", STYLES, letter_batch.earlier_letters(EARLIER))
    letter_batch.write(items, OUT)
    letter_batch.report(items, "breadth3", STYLES)


if __name__ == "__main__":
    main()
