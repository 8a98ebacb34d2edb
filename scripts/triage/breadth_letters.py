"""Sub-theme breadth training letters (templates/training/breadth.jsonl), written one by one.

Why: on real public petitions and letters the classifier missed topic letters whose sub-theme the training data
hardly covers (e.g. visa waivers for Ukrainians, the Russia Today ban, Sheikh Jarrah evictions, Eurovision and
Israel, Gurkha settlement, Rosyth and Barrow shipbuilding, Article 50 revocation, the 90/180-day rule, the Retained
EU Law Bill). This batch widens SUB-THEME coverage, two to four letters for each sub-theme and both sides of each
argument where there are sides, and adds hard negatives that share those sub-themes' vocabulary but carry no policy
ask on our topics (other foreign affairs, the ECHR without an EU tie, Brexit only as background, remembrance,
idioms, veterans' and Ukrainian, Israeli or Palestinian individuals' casework).

Styles are mostly real-world public ones: UK Parliament e-petitions (title, "We want the Government to...",
"More details"), Hansard-style public (paper) petitions ("The petition of residents of ... declares that ..."),
Scottish Parliament and Senedd petitions, letters to the editor ("SIR - ..."), campaign "write to your MP"
templates, 38 Degrees / change.org petitions, short angry emails, long personal letters and older wording from the
1980s to the 2010s, alongside ordinary emails and letters from organisations.

Every letter is its own text (no skeletons, no slots): ids are b0001... in the order below. Labels follow
templates/training/README.md: a letter gets a topic only when it asks the MP to act on, or states a view about, that
topic's policy. Where the label needed judgement the entry carries a "note" (also written to the JSON line).
None of this text is copied or paraphrased from any real petition, campaign or published letter; it was written for
this corpus, and no evaluation set was read.

Run (standard library only, deterministic):

    /usr/bin/python3 scripts/triage/breadth_letters.py

It writes templates/training/breadth.jsonl, checks the letters (unique ids, unique bodies, known labels and styles,
no two letters sharing 60% or more of their words, and no letter sharing 60% or more of its words with any letter in
realworld.jsonl or extra.jsonl) and prints the counts per label and per style.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import letter_batch  # noqa: E402
from letter_batch import D, E, G, O, U  # noqa: E402

OUT = os.path.join(letter_batch.TRAINING, "breadth.jsonl")
EARLIER = letter_batch.training_files("realworld.jsonl", "extra.jsonl")
STYLES = letter_batch.PUBLIC_STYLES

LETTERS, W = letter_batch.collector()



# ---------------------------------------------------------------- ukraine
W("petition", U, "Waive visa requirements for people fleeing the war in Ukraine", """We want the Government to drop the visa requirement for Ukrainians escaping the Russian invasion and let them travel to the UK with a passport alone, as EU countries have done.

More details
Women and children are queueing for days in Poland and Moldova for biometric appointments that do not exist. Ireland and every EU state have simply opened their doors. Checks can be done after arrival. Paperwork should not stand between a family and safety.""")
W("paper", U, "Public petition: Ukrainian refugees", """The petition of residents of the constituency of Hexham,

Declares that the people of Ukraine are suffering a brutal and unprovoked invasion; further declares that the United Kingdom's response to those fleeing has been slower and more bureaucratic than that of our European neighbours; and further declares that local people stand ready to welcome refugees into their homes.

The petitioners therefore request that the House of Commons urge the Government to suspend visa requirements for Ukrainian nationals for the duration of the conflict and to establish a simple route for them to reach safety in the United Kingdom.

And the petitioners remain, etc.""")
W("editor", U, "Open door is the wrong door", """SIR - Your correspondents demanding that Britain copy the EU and let Ukrainians in without visas forget why we check who comes here. A war zone is exactly where people with false papers and worse intentions will try their luck. The Home Secretary is right to insist on security checks, however unfashionable that is this week. Compassion and caution are not opposites.

R. Ellison, Tunbridge Wells""", "argues against visa waivers for Ukrainians: a view on Ukraine refugee policy")
W("email", U, "Ukraine Permission Extension is not enough", """Dear Ms Okafor,

Ukrainians on the Permission Extension scheme have been told they can stay another 18 months and then, presumably, another. My neighbour is a pharmacist and cannot register properly or get a mortgage because nobody knows what happens after that. Please press the Home Secretary to give those who have been here three years or more a clear route to indefinite leave to remain. Temporary forever is not a policy.

Regards,
Tom Ashworth""")
W("campaign", U, "Don't make Ukrainians wait ten years for settlement", """Ukrainians who fled Putin's bombs have worked, paid taxes and sent their children to our schools. But under the current rules their time here does not count towards settlement at all. We are asking the Home Office to count every year spent under the Ukraine schemes towards indefinite leave to remain. Sign now and share with friends.""")
W("petition", U, "Do not offer settlement to people on the Ukraine schemes", """The Government should keep the Ukraine schemes temporary, as promised when they opened, and should not create a route to settlement for those who came under them.

More details
The schemes were sold as sanctuary until it is safe to go home. Turning them into permanent settlement would change the deal and add pressure on housing. Ukraine will need its people back to rebuild.""")
W("template", U, "Homes for Ukraine: support the hosts", """Dear [MP name],

As a Homes for Ukraine sponsor I am asking you to speak up for hosts. Many of us are into our third year of hosting with no clear guidance on what happens next, and councils vary wildly in the help they offer when a placement ends. Please ask the Government to set out a national plan for move-on housing, including rent deposits and guarantor support, so that guests can move on without becoming homeless.

Yours sincerely,
[Your name]
[Your address]""")
W("personal", U, "Two years of hosting", """Dear Mr Kapoor,

In April 2022 my husband and I took in Olena and her two boys from Kharkiv. We had never done anything like it. It has been hard and wonderful in equal measure, and the boys now speak better English than our grandchildren.

I am writing because I am worried about the way the scheme is drifting. The £350 a month thank-you payment has not gone up once, though our gas bill has doubled. Many hosts I know have quietly ended placements because they could not afford to carry on, and their guests have gone to the council as homeless. That is surely more expensive for everyone.

Please could you ask ministers to raise the payment in line with inflation, and to think about what happens to families like Olena's when sponsorship runs out? They need a way to rent in their own right.

With best wishes,
Margaret Dunne""")
W("angry", U, "homes for ukraine", """Why do hosts get £350 a month when pensioners get nothing? End the Homes for Ukraine payments.""")
W("older", U, "Ukrainian students and university fees", """Dear Sir,

I write on behalf of my daughter's friend, who arrived from Dnipro last spring and has been offered a place to read engineering at Sheffield. As matters stand she is charged international fees of some £24,000 a year, which is plainly impossible. I understand that Scotland has already decided to treat Ukrainian refugees as home students. Will you urge the Secretary of State for Education to do likewise in England, and to open student finance to them?

Yours faithfully,
J. R. Whitfield""")
W("devolved", U, "Petition to the Senedd: Ukrainian students", """We call on the Welsh Government to confirm that young Ukrainians granted leave under the UK's Ukraine schemes will continue to be charged home fees and be eligible for student support at Welsh universities for the whole of their course, whatever happens to their visa.

Additional information: Several students have been told their status will be reviewed when their permission is extended. Uncertainty in the middle of a degree is cruel to people who have already lost their homes.""")
W("older", U, "Russian oligarchs in London", """Dear Mr Hughes,

Following the annexation of Crimea I have read a great deal about the Russian businessmen who own houses in Belgravia and football clubs in the Premier League, apparently untouched by the sanctions the Foreign Secretary talks about. I should like to know what the Government intends to do about it. If we are serious about standing up to Mr Putin, the people who keep his regime in business should not find London so comfortable. I would urge you to press for asset freezes and visa bans on those close to the Kremlin.

Yours sincerely,
Dorothy Pike
14th March 2014""", "2014 Crimea-era letter asking for sanctions on oligarchs: ukraine")
W("email", U, "Sanction list", """Hi,

Why is one of the richest Russian steel barons still not on the UK sanctions list when the US and EU listed him months ago? Please ask the Foreign Office to explain and to close the gap.

Simon Lyle""")
W("petition", U, "Seize frozen Russian central bank reserves and give them to Ukraine", """The Government should legislate to confiscate the Russian central bank reserves frozen in the UK and hand them to Ukraine, rather than only lending against the interest they earn.

More details
About £25 billion of Russian state money is immobilised here. Ukraine needs it now for air defence and for rebuilding schools and power plants. Using only the windfall profits is too timid.""")
W("editor", U, "Frozen assets are not ours to take", """SIR - The clamour to confiscate Russia's frozen reserves and hand them to Kyiv is understandable but reckless. The City of London's reputation rests on the promise that money held here is safe from political seizure. Once we break that, every sovereign fund from the Gulf to Asia will draw its own conclusions. Use the interest, by all means, but leave the principal alone.

Peter Laing, Edinburgh""", "against confiscating Russian assets: still a view on Ukraine/Russia sanctions policy")
W("campaign", U, "Sink the shadow fleet", """Every day rusting, uninsured tankers carry Russian oil through the English Channel to fund the bombing of Ukrainian cities. They switch off their transponders and sail under flags of convenience. The UK can stop them: demand proof of insurance, board the ships that lie, and sanction the owners. Sign to tell the Government to act before one of them spills in our waters.""")
W("angry", U, "Russian LNG", """We are STILL buying Russian gas through Europe and pretending we aren't. Ban it completely. No more blood money.""")
W("email", U, "Russian oil", """Dear Mr Carrow,

I was shocked to read that Russian crude is still reaching the UK as diesel refined in India and Turkey. The import ban plainly isn't working. Will you write to the Business Secretary asking for the loophole to be closed?

Thanks,
Ana Ferreira""")
W("petition", U, "Send Challenger 2 tanks to Ukraine", """We want the Government to supply Ukraine with a squadron of Challenger 2 main battle tanks and to encourage Germany and others to send their Leopards.

More details
Ukraine needs armour to take back occupied land before Russia digs in. Britain can break the deadlock and others will follow.""")
W("editor", U, "Jets for Ukraine", """SIR - Every week we hear that training Ukrainian pilots on Western fighters would be "escalatory". Russia has bombed maternity wards and theatres. What exactly would we be escalating from? Britain should train pilots now and press our allies to hand over F-16s without further delay.

Dr A. Morrow, Bristol""")
W("email", U, "Storm Shadow restrictions", """Please urge ministers to lift the restrictions on Ukraine using Storm Shadow missiles against military targets inside Russia. Ukraine is fighting with one hand tied behind its back.

Regards,
Leon Petrie""")
W("template", U, "Air defence for Ukraine's cities", """Dear MP,

Russia is firing hundreds of drones a night at Ukrainian cities. I am asking you to press the Government to send more air defence systems and interceptors to Ukraine, and to fund their production here in Britain. Every interceptor delivered is a hospital or power station saved.

Yours sincerely,""")
W("older", U, "No-fly zone over Ukraine", """Dear Mr Walker,

Having watched the footage from Kharkiv last night I feel compelled to write. I appreciate the risks, but I believe NATO should declare a no-fly zone over Ukraine, at least over the humanitarian corridors, to stop the bombing of civilians. The world stood by in Bosnia for too long. Please pass my views to the Prime Minister.

Yours,
Gerald Finch
2 March 2022""")
W("angry", U, "NO FLY ZONE = WORLD WAR 3", """A no-fly zone means shooting down Russian planes. That means war with a nuclear power. Please tell me you will vote against any such madness.""")
W("petition", U, "Press for immediate peace negotiations between Russia and Ukraine", """The Government should use its influence to bring about an immediate ceasefire and peace talks between Russia and Ukraine, and stop supplying weapons that prolong the fighting.

More details
Hundreds of thousands have been killed or wounded and the front line has barely moved. Every war ends at a negotiating table. The sooner talks start, the fewer young men on both sides will die.""")
W("editor", U, "Neutrality was the answer", """SIR - A neutral Ukraine, like Austria after 1955 or Finland in the Cold War, could have been agreed in 2022 and might still be the basis of a settlement. The Government's insistence that only Kyiv can decide is an abdication. Britain should be working for a neutral, independent Ukraine with guarantees from all sides, not for an endless war of attrition.

K. Hollis, Ludlow""")
W("email", U, "Stop the aid", """Mr Barker, we have sent Ukraine billions. How much more? My council tax went up 5% and my bins are collected fortnightly. Vote against any more money for Ukraine please.""")
W("campaign", U, "Bring Ukraine's children home", """Russia has taken thousands of Ukrainian children from occupied areas, changed their names and given them Russian passports. This is a war crime. Sign our petition asking the UK Government to fund the search for these children, sanction every official involved, and make their return a condition of any peace deal.""")
W("org", U, "Deported children and the peace process", """Dear Member of Parliament,

I write on behalf of a children's rights charity working with partners in Kyiv and Kharkiv. Our partners have documented cases of children removed from orphanages and foster families in occupied territory and placed with Russian families or in camps far from home.

We ask you to urge the Foreign Secretary to make the identification and return of deported Ukrainian children a red line in any negotiations, to back the Ukrainian verification registry with funding, and to extend sanctions to all officials responsible for the deportations.

Yours faithfully,
Director of Policy""")
W("petition", U, "Support a special tribunal for the crime of aggression against Ukraine", """We want the Government to help set up and fund a special international tribunal to try Russia's leaders for the crime of aggression against Ukraine.

More details
The International Criminal Court can try war crimes but cannot try aggression for a state like Russia. Without a tribunal, those who ordered the invasion will escape justice even if the soldiers who carried it out are convicted.""")
W("personal", U, "Mariupol", """Dear Mrs Patel,

My mother lived in Mariupol her whole life. She died in the basement of her building in March 2022; we only found out in June when a neighbour reached Zaporizhzhia. The theatre with the word "children" painted outside was two streets away.

I am writing because I am afraid the world is forgetting. People talk about "land for peace" as if Mariupol were an empty field. Please do not support any deal that leaves the people who did this unpunished or that hands the city to Russia for good. Please support the evidence-gathering for war crimes trials and keep the sanctions until there is justice.

Iryna Bondar""")
W("older", U, "Annexation of Crimea", """Dear Sir,

The so-called referendum in Crimea, held at the point of Russian guns, should not be recognised by Her Majesty's Government under any circumstances. I urge you to support the strongest possible response, including travel bans and an end to arms sales to Russia, and to make clear that Crimea remains part of Ukraine.

Yours faithfully,
Charles Menzies
18th March 2014""")
W("email", U, "Zaporizhzhia", """Dear Ms Harrison,

Russian troops are still occupying the Zaporizhzhia nuclear power station and cutting its power lines. Please urge the Foreign Secretary to push for an IAEA-monitored demilitarised zone around the plant. One mistake could poison half of Europe.

Kind regards,
Prof. Helen Fairbairn""")
W("editor", U, "Grain deal", """SIR - Russia's withdrawal from the Black Sea grain deal is a blow not only to Ukraine but to millions in Africa and the Middle East who depend on its wheat. Britain should help Ukraine keep its sea corridor open, with mine clearance and insurance for ships, rather than leaving it to Turkey to bargain with Moscow.

M. Okonjo, London SE22""")
W("petition", U, "Ban Russia Today from broadcasting in the UK", """We want the Government and Ofcom to remove RT's licence to broadcast in the UK for as long as Russia wages war on Ukraine.

More details
RT is a propaganda channel of a state that is invading its neighbour. It spreads lies about Ukrainian "Nazis" and denies atrocities in Bucha. No other country at war with its neighbour would be given a platform on our airwaves.""", "Russia Today ban argued as a response to the invasion: ukraine")
W("editor", U, "Banning RT", """SIR - I have no time for RT, but banning it is a mistake. If our case about Ukraine is right, and I believe it is, we can win the argument without copying the Kremlin's censorship. Let Ofcom enforce impartiality rules; do not switch off a channel because a war makes it convenient.

D. Ransome, Leeds""", "against the RT ban but in the context of the war: ukraine")
W("org", U, "Rebuilding Ukraine: a role for UK firms", """Dear Member of Parliament,

Our association represents engineering and construction firms in the Midlands. Several members have been approached about reconstruction work in Ukraine: bridges, water systems, prefabricated schools. We ask you to press the Government to expand UK Export Finance cover for Ukraine, to back war-risk insurance for contractors, and to make the UK a lead partner at the next reconstruction conference.

Yours faithfully,
Chief Executive""")
W("angry", U, "Rebuilding ukraine with our money??", """So now we are going to pay to REBUILD Ukraine as well? Let Russia pay. Not us.""")
W("devolved", U, "Scottish Parliament petition: Scotland a nation of sanctuary for Ukrainians", """Calling on the Scottish Parliament to urge the Scottish Government to reopen its super sponsor scheme for Ukrainians and to press the UK Government to remove the remaining visa barriers for people fleeing the war.

Background: Scotland welcomed more than 20,000 Ukrainians through the super sponsor route before it paused. Welcome hubs and community groups still have capacity. The war is not over and the need is not over.""")
W("email", U, "Tanks and armoured vehicles", """Dear Mr Ahmed, please press the Defence Secretary on why promised armoured vehicles took over a year to reach Ukraine. Ukraine cannot fight with promises. Regards, Colin Bright""")
W("angry", U, "ukraine", """stop poking the bear. peace talks NOW before we all get nuked""")
W("older", U, "Ukraine and the Budapest Memorandum", """Dear Mr Brown,

In 1994 Britain signed the Budapest Memorandum, assuring Ukraine of its territorial integrity in return for giving up its nuclear weapons. The annexation of Crimea shows how little that promise has been worth. I urge you to ask the Foreign Secretary what the Government will do to honour it, and to support sending Ukraine the means to defend itself.

Yours sincerely,
Alan Redfern
April 2014""")
W("template", U, "Keep the sanctions on Russia", """Dear MP,

There are reports that sanctions on Russia could be eased as part of a peace deal. I urge you to oppose any lifting of sanctions until Russian troops have left Ukrainian territory and Russia has paid for the damage it has done.

Yours sincerely,""")
W("personal", U, "From a student who fled Kherson", """Dear Ms Lewis,

I came to the UK in 2022 on the Homes for Ukraine scheme when I was seventeen. I have finished my A levels at the sixth form college in town and got an offer from Nottingham to study medicine. I was told I will be charged as an international student because my visa is temporary, and that I cannot get a student loan.

I am not asking for special treatment for myself alone: there are hundreds of us. Please ask the Government to let Ukrainian refugees pay home fees and apply for student finance like other young people who have grown up here. We want to build our lives and one day help rebuild Ukraine.

Thank you,
Daryna""", "a personal story that asks for a policy change for all Ukrainian students: ukraine")

# ---------------------------------------------------------------- gaza
W("petition", G, "Call for an immediate and permanent ceasefire in Gaza", """We want the Government to call publicly for an immediate and permanent ceasefire in Gaza and to back a UN Security Council resolution demanding one.

More details
Tens of thousands of Palestinians have been killed, most of them women and children. Whole neighbourhoods have been flattened. A pause of a few days is not enough: only a permanent ceasefire will let aid in, let hostages come home and stop the killing.""")
W("paper", G, "Public petition: ceasefire in Gaza", """The petition of residents of Bradford West,

Declares that the bombardment of Gaza has killed and injured civilians on a scale that shocks the conscience; further declares that hospitals, schools and shelters have been destroyed; and further declares that the United Kingdom has a duty to use its influence for peace.

The petitioners therefore request that the House of Commons urge the Government to demand an immediate ceasefire, the release of all hostages and the unrestricted entry of humanitarian aid into Gaza.

And the petitioners remain, etc.""")
W("editor", G, "A ceasefire would reward Hamas", """SIR - Those marching for a "ceasefire now" rarely say what happens to the hostages, or to the terror infrastructure under Gaza's hospitals, once the guns fall silent. Hamas has said openly it will repeat 7 October. A ceasefire that leaves it in power is not peace; it is an intermission. The Government should stand firm with Israel until the hostages are home.

L. Steinberg, Manchester""")
W("campaign", G, "Bring every hostage home", """More than two hundred people were dragged into Gaza on 7 October: babies, grandmothers, young people from a music festival. Some have British family. Sign our petition calling on the UK Government to make the release of every hostage its first demand in every conversation about the war, and to keep the pressure on Qatar and Egypt.""")
W("email", G, "British hostages", """Dear Mr Fielding,

Please ask the Foreign Office what it is doing for hostages with British connections still held by Hamas. Their families deserve a meeting with the Prime Minister, not a form letter.

Hannah Gold""")
W("template", G, "Open the Rafah crossing", """Dear [MP],

Aid lorries are queued for miles on the Egyptian side of the Rafah crossing while children in Gaza starve. I urge you to press the Government to demand that Israel open Rafah and every other crossing to unrestricted humanitarian aid, including fuel, and to fund the agencies able to deliver it.

Yours sincerely,
[Name, address]""")
W("petition", G, "Reverse the suspension of UK funding to UNRWA", """We want the Government to resume funding UNRWA immediately, as other donors have done after reviewing the allegations against some staff.

More details
UNRWA runs the schools, clinics and food distribution that millions of Palestinians depend on, in Gaza and in camps across the region. Punishing a whole population for the alleged acts of a few staff members is collective punishment.""")
W("email", G, "No more money for UNRWA", """I was appalled to read that UNRWA staff were involved in the 7 October attacks and that its schools teach hatred of Jews. Please oppose restoring British taxpayers' money to this agency until it is completely reformed.

Daniel Hirsch""")
W("campaign", G, "Stop the F-35 parts", """British factories make around 15% of every F-35 fighter, including the jets bombing Gaza. The Government suspended some arms licences but carved out F-35 components. Sign the petition: no exceptions, no parts, no complicity. End all arms sales to Israel now.""")
W("older", G, "Arms exports to Israel", """Dear Mr Strawbridge,

During the bombardment of Gaza over the New Year I saw pictures of a UN school hit by Israeli shells. I understand British-made components are used in Israeli aircraft and tanks. I would ask you to press for an immediate embargo on arms exports to Israel until an independent inquiry has reported.

Yours sincerely,
Miriam Cole
January 2009""", "Operation Cast Lead era letter on arms exports to Israel: gaza")
W("petition", G, "Recognise the State of Palestine on the 1967 borders", """The Government should formally recognise the State of Palestine, with East Jerusalem as its capital, on the basis of the 1967 lines.

More details
Over 140 countries recognise Palestine. Britain bears a historic responsibility from the Balfour Declaration and the Mandate. Recognition is not a reward for anyone; it is the basis for any two-state solution.""")
W("older", G, "Balfour centenary", """Dear Sir,

As the centenary of the Balfour Declaration approaches, I ask you to urge the Government to mark it not with celebration but by honouring the second half of that promise, that nothing be done to prejudice the rights of the non-Jewish communities of Palestine. The best way to do so would be recognition of a Palestinian state alongside Israel.

Yours faithfully,
Rev. Peter Ainsworth
October 2017""")
W("angry", G, "Recognising Palestine", """Recognising "Palestine" now hands Hamas a trophy for 7 October. Shameful. Vote against it.""")
W("devolved", G, "Scottish Parliament petition: settlement goods", """Calling on the Scottish Parliament to urge the Scottish Government to exclude companies operating in illegal Israeli settlements in the occupied West Bank from public procurement in Scotland, and to ask the UK Government to ban the import of settlement goods.

Background: The International Court of Justice has said the occupation is unlawful and that states should not aid or assist it. Public money should not buy produce or services from settlements built on confiscated Palestinian land.""")
W("email", G, "Labelling of dates", """Dear Ms Quinn,

My local supermarket sells Medjool dates labelled "Produce of the West Bank" which I later found came from an Israeli settlement. Please ask the Government to require clear labelling at the very least, and ideally to ban settlement goods altogether.

Thanks,
Rachel Moody""")
W("older", G, "Sheikh Jarrah evictions", """Dear Ms Abbey,

I am writing about the threatened eviction of Palestinian families from their homes in the Sheikh Jarrah neighbourhood of East Jerusalem to make way for settlers. These families have lived there since the 1950s. I ask you to call on the Foreign Secretary to condemn the evictions publicly and press the Israeli government to halt them.

Yours sincerely,
Jameela Rahman
May 2021""")
W("template", G, "Demolitions and evictions in East Jerusalem", """Dear MP,

Palestinian homes in Silwan and Sheikh Jarrah are being demolished or handed to settler organisations through Israeli courts. Forced transfer of an occupied population is a breach of international law. I ask you to press the Government to make clear that there will be consequences, including trade measures, if demolitions and evictions continue.

Yours sincerely,""")
W("petition", G, "Sanction violent Israeli settlers in the West Bank", """We want the Government to impose asset freezes and travel bans on every Israeli settler and settler organisation responsible for attacks on Palestinians in the occupied West Bank.

More details
Settlers have burned villages, killed farmers and driven whole Bedouin communities off their land, often while soldiers watch. The UK has sanctioned a handful of individuals. It must go much further and include the groups that fund them.""")
W("editor", G, "Sanctions on Israel", """SIR - We sanctioned Russia within days of its invasion. Israel has flattened Gaza and expands settlements in defiance of the ICJ, and Britain offers "concern". The Government should suspend the trade talks with Israel and consider targeted sanctions on ministers who openly call for the expulsion of Palestinians.

Dr S. Qureshi, Leicester""")
W("angry", G, "Sanctions on Israel?!", """Sanctions on the only democracy in the Middle East while Iran funds Hamas? Have you lost your minds?""")
W("campaign", G, "Back South Africa's case at the ICJ", """The International Court of Justice has found it plausible that Palestinians in Gaza have rights that need protection under the Genocide Convention. The UK Government has refused to support the case. Tell it to respect the Court, comply with its orders, and stop arming a state accused of genocide.""")
W("email", G, "ICC arrest warrant", """Dear Mr Ellis,

If Prime Minister Netanyahu sets foot in Britain, will the Government arrest him under the ICC warrant? Please confirm that the UK will honour its obligations to the Court without exception.

Tariq Mahmood""")
W("editor", G, "The word genocide", """SIR - To accuse Israel of genocide, a word coined for the murder of six million Jews, is an obscenity. Israel warns civilians before strikes and lets aid in while Hamas uses its own people as shields. The Government was right not to back the ICJ case, and should say plainly that the charge is false.

H. Abrams, Edgware""")
W("petition", G, "Create a family reunion visa scheme for Palestinians in Gaza", """We want the Government to create a bespoke visa scheme allowing people in Gaza with close family in the UK to join them, as it did for Ukrainians.

More details
British citizens and residents are watching their parents, siblings and children starve. There is no route for them to come here. The Ukraine Family Scheme shows it can be done quickly when the will exists.""", "asks for a new visa scheme as policy (not one family's case): gaza")
W("personal", G, "My sister is in Deir al-Balah", """Dear Dr Rahman,

I am a GP in your constituency and a British citizen. My sister, her husband and their four children are living in a tent in Deir al-Balah after their house in Gaza City was destroyed. Her youngest has chronic asthma and there is no medicine.

I am not writing to ask you to take up her case; I understand there is no route that would let you. I am writing because there should be. When Russia invaded Ukraine, the Government created a family scheme within weeks. Please press ministers for the same for Gaza: a family reunion route for Palestinians with close relatives here, and help to get people through Rafah.

Yours,
Dr Nadia Hamdan""", "personal story framed as an ask for a Gaza family visa scheme, explicitly not casework: gaza")
W("email", G, "Medical evacuations", """Please ask the Government to expand Project Pure Hope and bring more injured and sick children from Gaza to NHS hospitals. Italy and the UAE have taken hundreds. We have taken a handful. Regards, Beth Morley""")
W("org", G, "Children's hospital network: evacuating patients from Gaza", """Dear Member of Parliament,

Paediatric specialists across our network have offered beds, surgery and follow-up care for children from Gaza with cancer, burns and complex fractures. Places are ready, but referrals are blocked by slow visa decisions and the difficulty of getting patients out through Kerem Shalom or Rafah.

We ask you to urge the Home Office and the Foreign Office to establish a fast-track medical evacuation route, with visas for one accompanying parent, and to press Israel and Egypt to allow patients to leave.

Yours faithfully,
Chair, Clinical Network""")
W("campaign", G, "No Eurovision with Israel", """Russia was thrown out of Eurovision within a day of invading Ukraine. Israel is bombing Gaza into rubble and still gets to sing. Sign our petition asking the BBC not to broadcast the contest unless the EBU applies the same rule to Israel, and asking the Government to say publicly that double standards on Israel must end.""", "Eurovision used as the lever for a view on Israel's war in Gaza: gaza (Eurovision alone is other)")
W("angry", G, "Eurovision boycott", """Boycotting Israel at Eurovision is just antisemitism with glitter. Tell the BBC to stand firm and say the Government backs Israel taking part.""", "view on Israel and the conflict via Eurovision: gaza")
W("email", G, "Lebanon", """Dear Mr Dobbs,

The bombing of southern Lebanon and Beirut has displaced over a million people. Please press the Government to call for a ceasefire between Israel and Hezbollah and to increase aid to Lebanon before the whole region is engulfed.

Regards,
Maya Haddad""")
W("editor", G, "Hezbollah's rockets", """SIR - Sixty thousand Israelis were driven from their homes in the north by Hezbollah rockets fired in support of Hamas, and hardly anyone here noticed. Israel has every right to push Hezbollah back from the border. Britain should say so, and should proscribe the whole of Iran's Revolutionary Guard, which arms both groups.

A. Kessler, London NW11""")
W("email", G, "Iran and Israel", """Dear Ms Grant,

After Iran's missile attack on Israel and Israel's strikes in return, please urge the Government to do everything it can to restrain both sides and to stop the Gaza war spreading across the Middle East. We cannot afford another regional war.

Anne Carver""")
W("older", G, "Gaza flotilla", """Dear Sir,

I was horrified by the Israeli commando raid on the aid flotilla bound for Gaza, in which nine people died in international waters. I ask you to urge the Foreign Secretary to demand an independent international inquiry and an end to the blockade of Gaza, which is collective punishment of a million and a half people.

Yours faithfully,
Ruth Armitage
June 2010""")
W("petition", G, "Protect Red Sea shipping from Houthi attacks", """The Government should continue and expand Royal Navy operations with allies to protect merchant ships from Houthi attacks in the Red Sea, which the Houthis say are in support of Hamas.

More details
Attacks on shipping have pushed up freight costs and threatened seafarers' lives. Giving in would reward terrorism and let Iran's proxies hold world trade hostage over the Gaza war.""", "Houthi Red Sea attacks tied to Gaza: gaza (README), although it asks for naval action")
W("angry", G, "Yemen strikes", """Stop bombing Yemen on Israel's behalf. The Houthis will stop when the Gaza genocide stops. Ceasefire in Gaza is the answer.""", "UK strikes on the Houthis argued through the Gaza war: gaza")
W("template", G, "Stand with Israel against Hamas", """Dear MP,

I am writing to ask you to support Israel's right to defend itself against Hamas, a terrorist organisation that murdered 1,200 people on 7 October and still holds hostages. Please oppose any arms embargo on Israel, and oppose recognising a Palestinian state until Hamas is gone and the hostages are free.

Yours sincerely,""")
W("personal", G, "A Jewish mother in your constituency", """Dear Mr Lamond,

My son is eleven. Since October he has been called a "baby killer" at the bus stop because he wears a kippah, and his school has asked him to take it off "for his own safety". I have lived here for forty years and never felt this before.

I want to say two things. First, please challenge the language on some of the marches that blames every Jew for what Israel's government does. Second, I believe the Government is right to support Israel's right to defend itself after 7 October, and I ask you to resist pressure to cut off arms to a country surrounded by people who want to destroy it.

Yours sincerely,
Judith Mendel""", "antisemitism experience tied to a view on Israel policy: gaza (README rule)")
W("email", G, "Antisemitism and Gaza", """Dear Ms Ali,

I march for a ceasefire and I also condemn antisemitism without reservation. Please do not let anyone conflate the two. Call for an end to the bombing of Gaza and protect Jewish communities here at the same time.

Sam Turnbull""")
W("older", G, "Operation Protective Edge", """Dear Mr Clegham,

Like many of your constituents I have watched the bombardment of Gaza this summer with mounting horror: over two thousand dead, among them hundreds of children, and UN schools shelled. Baroness Warsi was right to resign. I would urge you, as Deputy Prime Minister, to press for the suspension of arms export licences to Israel and to call for a lifting of the blockade.

Yours sincerely,
Philippa Dawes
August 2014""")
W("angry", G, "ceasefire", """how many more dead kids before you say the word ceasefire""")
W("devolved", G, "Senedd petition: Wales and Gaza", """We call on the Senedd to call on the UK Government to press for an immediate ceasefire in Gaza, and to ask the Welsh Government to stop any public investment by Welsh public bodies in companies that supply the Israeli military.

Additional information: Wales has always stood for peace. Welsh pension funds should not profit from a war that has killed so many civilians.""")
W("email", G, "Humanitarian aid", """Dear Mr Coates,

Aid drops from planes and a floating pier are no substitute for opening land routes. Please press the Government to insist that Israel lets in 500 lorries a day, as before the war, and to restore funding to the agencies that deliver it.

Yours,
Isobel Greer""")
W("older", G, "Jerusalem embassy", """Dear Sir,

I understand President Trump intends to move the United States embassy to Jerusalem. I would urge you to ask the Foreign Secretary to make clear that the British embassy will remain in Tel Aviv, and that the status of Jerusalem can only be settled by negotiation between Israelis and Palestinians.

Yours faithfully,
Mr D. Oduya
December 2017""")
W("email", G, "The hostages and the ceasefire deal", """Dear Ms Shah,

Please back the hostage-for-ceasefire deal and urge both sides to keep to it. The families of the hostages and the families in Gaza both need it to hold.

Best,
Noam Levy""")

# ---------------------------------------------------------------- defence
W("older", D, "Trident renewal vote", """Dear Mr Robertson,

I understand the House will vote next week on the renewal of the Trident submarines at a cost of something like £31 billion, and probably far more. I urge you to vote against. These weapons can never be used without committing mass murder, and the money would rebuild every crumbling hospital in Scotland.

Yours sincerely,
Morag Innes
July 2016""")
W("editor", D, "Keep the deterrent", """SIR - Those who want us to scrap Trident should look at Ukraine, which gave up its nuclear arsenal in 1994 and was invaded twenty years later. Our continuous at-sea deterrent has kept the peace for over half a century. The Government must fund the Dreadnought programme in full, whatever the pressure on the budget.

Cdr J. Ramsay RN (retd), Helensburgh""", "Ukraine used only as an argument for Trident: defence")
W("devolved", D, "Scottish Parliament petition: remove nuclear weapons from the Clyde", """Calling on the Scottish Parliament to urge the Scottish Government to press the UK Government to decommission the Trident nuclear weapons system and remove all nuclear weapons from Faslane and Coulport.

Background: Scotland hosts the UK's entire nuclear arsenal against the wishes of most of its elected representatives. Nuclear convoys travel through our towns. A plan for decommissioning, with jobs for the workforce at HMNB Clyde, is long overdue.""")
W("campaign", D, "Sign the nuclear ban treaty", """Over ninety countries have signed the UN Treaty on the Prohibition of Nuclear Weapons. The UK has boycotted it. Sign our petition asking the Government to attend the treaty meetings as an observer and set out a timetable for joining it. A world without nuclear weapons starts with countries like ours.""")
W("older", D, "CND and cruise missiles", """Dear Sir,

I am writing as a member of our local CND group to ask you to oppose the deployment of American cruise missiles at Greenham Common and Molesworth. Placing these weapons on British soil makes this country a target and brings the world closer to catastrophe. I would also ask you to support a freeze on nuclear weapons by both superpowers.

Yours faithfully,
Mrs E. Hargreaves
November 1983""")
W("petition", D, "Increase defence spending to 3% of GDP by 2030", """We want the Government to set out a funded plan to raise defence spending to 3% of GDP by 2030, not at some unspecified point in the next Parliament.

More details
Russia is rearming, the United States is stepping back from Europe and our forces are hollowed out. The Army has too few soldiers and too little ammunition. A firm date would let industry invest and recruit.""")
W("angry", D, "2.5%", """2.5% of GDP on defence while people wait 18 months for a hip op. Get your priorities right.""")
W("email", D, "Army size", """Dear Mr Francombe,

The regular army is now under 73,000, the smallest since Napoleon. Please vote against any further cuts to troop numbers and push for an army of at least 80,000. Regards, Major (retd) P. Dunleavy""")
W("older", D, "Cuts to the army", """Dear Sir,

I write as the parent of a soldier in the 2nd Battalion about the proposals in the Strategic Defence and Security Review to reduce the regular army to 82,000 and rely on reservists. I fear the Government is cutting our forces to the bone while they are still fighting in Helmand. I would urge you to oppose these cuts.

Yours faithfully,
Brian Cuthbertson
October 2010""")
W("petition", D, "Build the Fleet Solid Support ships in UK shipyards", """We want the Government to guarantee that all Royal Navy ships, including support ships, are built and fitted out in British shipyards.

More details
When naval orders go abroad, skills and jobs at Rosyth, Govan, Appledore and Belfast are lost. Shipbuilding is a strategic capability. Building here keeps our navy independent.""")
W("personal", D, "Barrow", """Dear Mr Woodcroft,

My father, my grandfather and I all worked at the yard in Barrow. I'm a welder on the Dreadnought boats now and my lad starts his apprenticeship next year. Everything in this town depends on the submarine programme going ahead on time.

I'm writing because I keep reading that the Treasury wants to slow it down to save money. Please fight that. The deterrent, the SSN-AUKUS boats and the jobs all depend on steady orders. If there's a gap, the skills leave and they never come back.

Yours,
Gary Nicholson""", "defence industry jobs tied to Trident/submarine programme: defence")
W("email", D, "Type 31 frigates at Rosyth", """Hi Mr Chapman,

Please press the MOD to order more Type 31 frigates from Rosyth once the first five are done. The navy needs hulls and Fife needs the work. Thanks, Alison""")
W("editor", D, "Aircraft carriers without aircraft", """SIR - Two magnificent carriers and barely enough F-35s to fill one deck, no frigates to escort them and no sailors to crew them. If the Government will not fund the navy properly, it should be honest and mothball one carrier rather than pretend.

Capt. R. Hale, Portsmouth""")
W("campaign", D, "Save our Royal Marines base", """The MOD plans to close the Royal Marines base that has been part of our town for decades and move the commando units hundreds of miles away. Closing it would weaken our amphibious forces and rip the heart out of a community. Sign to ask the Defence Secretary to scrap the closure.""")
W("paper", D, "Public petition: closure of Fort George", """The petition of residents of Inverness, Nairn, Badenoch and Strathspey,

Declares that the proposed closure of Fort George barracks will remove a historic home of the Highland regiments and harm the local economy; and further declares that the barracks remains well suited to modern military use.

The petitioners therefore request that the House of Commons urge the Ministry of Defence to reverse its decision to close Fort George barracks.

And the petitioners remain, etc.""", "barracks closure as defence estate policy: defence")
W("email", D, "Brigade headquarters", """Dear Ms Sherwood,

Moving the brigade headquarters out of the county takes away our link with the army and the reserves who train there. Please ask the MOD to think again.

Kind regards,
Ian Mather""", "brigade HQ closure is a defence estate decision: defence")
W("petition", D, "Buy more F-35 jets and keep the Typhoon line open", """The Government should order more F-35B aircraft for the carriers and more Typhoons to keep the Warton production line open until the next fighter is ready.

More details
The RAF has fewer fast jets than at any time in its history. A gap in production would cost thousands of skilled jobs and leave us dependent on others.""")
W("angry", D, "AJAX", """£5.5 billion on Ajax armoured vehicles that made soldiers deaf and still aren't in service. Who is going to be sacked? Sort out defence procurement.""")
W("editor", D, "Defence procurement", """SIR - Nimrod, Ajax, Watchkeeper, the Wedgetail order cut to three aircraft. The Ministry of Defence buys late, over budget and in numbers too small to matter. Before we pour in more money, Parliament should insist on a proper independent procurement agency with a real budget and real accountability.

N. Pilkington, Bath""")
W("older", D, "Gurkha justice", """Dear Mr Hanbury,

I add my voice to the campaign for Gurkha veterans who retired before 1997 to be allowed to settle in this country. These men fought for the Crown in the Falklands and in Borneo. It is a disgrace that the Home Office has turned away so many. Please vote with Miss Lumley's campaign on the Liberal Democrat motion.

Yours sincerely,
Tom Ridley
April 2009""")
W("template", D, "Gurkha pensions", """Dear MP,

Gurkhas who served before 1997 receive pensions far smaller than British soldiers who did the same job. Some veterans have gone on hunger strike. I ask you to press the Ministry of Defence to equalise Gurkha pensions for all service, not just service after 1997.

Yours sincerely,""")
W("petition", D, "Make the MOD meet the Decent Homes Standard for all service family homes", """We want the Government to put service family accommodation under the same legal standards as social housing, with independent inspections and compensation when repairs are late.

More details
Families of serving personnel live with black mould, broken boilers and leaking roofs for months. Private tenants and council tenants have legal protections; service families do not. Our forces deserve better.""", "service housing as a policy ask for all families: defence")
W("template", D, "Damp and mould in forces housing", """Dear [MP],

Service families are still being housed in homes with damp, mould and no heating in winter. The buy-back of the estate from Annington is welcome, but families need a legal right to repairs, a single point of contact and a published timetable to refurbish every sub-standard home. Please raise this with the Minister for the Armed Forces.

Yours sincerely,
[Name]""")
W("email", D, "Forces pay", """Dear Mr Smith, a private soldier earns less than a supermarket shelf stacker once you take out food and accommodation. Please support a pay rise for the armed forces above inflation. Recruitment won't improve until pay does. Lisa Cairns""")
W("older", D, "Armed forces pay and the Bowman review", """Dear Sir,

I am the wife of a corporal in the Royal Engineers. Reading that the Armed Forces Pay Review Body's recommendation is to be capped at one per cent again, I feel I must write. My husband has done three tours of Afghanistan. Our family income has fallen year on year while rents on the patch have risen. I would ask you to press for the pay cap to be lifted.

Yours faithfully,
Mrs S. Platt
February 2013""")
W("personal", D, "War widows and remarriage", """Dear Mrs Dorrington,

My first husband was killed in Northern Ireland in 1979. I was 24 with two small children. When I remarried in 1985 I lost my war widow's pension, because that was the rule then. The rule was changed in 2015, but only for widows who had not yet remarried or did so afterwards.

There are only a couple of hundred of us left, all in our seventies and eighties. The ex gratia payment was welcome but it is not the same as having the pension restored. I would ask you to urge the Government to restore the war widows' pension to every widow who lost it on remarriage, before there are none of us left to receive it.

Yours sincerely,
Anne Gilchrist""", "own story framed as a pension rule change for all war widows: defence")
W("campaign", D, "No veteran sleeping rough", """Thousands of veterans end up homeless after leaving the forces, and many struggle with PTSD for years before getting help. Sign our petition asking the Government to guarantee every veteran priority for social housing and a specialist mental health appointment within 28 days of asking.""")
W("email", D, "Op Courage waiting lists", """Please ask the Veterans Minister why veterans referred to Op Courage are waiting months for treatment. The service needs proper funding now. From a former RAF medic.""")
W("paper", D, "Public petition: Northern Ireland veterans", """The petition of residents of the constituency of Aldershot,

Declares that veterans who served in Northern Ireland during Operation Banner continue to face the threat of prosecution decades after events that were investigated at the time; and further declares that this is unjust and damaging to the morale and recruitment of the armed forces.

The petitioners therefore request that the House of Commons urge the Government to legislate to protect Northern Ireland veterans from repeated investigation and prosecution.

And the petitioners remain, etc.""")
W("editor", D, "No amnesty for soldiers", """SIR - A statute of limitations for soldiers who served in Northern Ireland would tell the families of Bloody Sunday and Ballymurphy that the law stops at the barracks gate. Soldiers are not above the law, and the vast majority who served honourably have nothing to fear from it. Parliament should reject any special protection.

Fr. M. Devlin, Belfast""", "opposes veterans' legacy protection: defence view on veterans' legal policy")
W("petition", D, "Award a medal to nuclear test veterans", """We want the Government to award a campaign medal to the servicemen who took part in the British nuclear tests in Australia and the Pacific in the 1950s.

More details
These men were ordered to stand in the open while bombs exploded. Many later suffered cancers and their children birth defects. A medal would finally recognise their service. The same petition asks for their medical records to be released.""")
W("older", D, "Armed Forces Covenant", """Dear Sir,

I understand the Government intends to write the Military Covenant into law in the forthcoming Armed Forces Bill. I would urge you to make sure it is more than warm words, with real duties on councils, schools and the NHS so that service families are not disadvantaged when they move.

Yours faithfully,
Col. (retd) D. Whitworth
January 2011""")
W("template", D, "Make the Covenant mean something", """Dear MP,

The Armed Forces Covenant legal duty currently applies only to some public bodies and only to housing, health and education. I ask you to support extending it to all government departments, including the MOD itself, so that veterans and service families are treated fairly in every part of public life.

Yours sincerely,""")
W("angry", D, "NATO", """Get us out of NATO. Why should British boys die for Estonia?""")
W("editor", D, "NATO at 75", """SIR - Whatever the noise from Washington, NATO remains the bedrock of Britain's security. The Government should say so without equivocation and lead the European allies in meeting their commitments, rather than waiting to see which way the wind blows in the next American election.

A. Macleod, Stirling""")
W("email", D, "National service", """Dear Mr Green,

I think a year of national service for school leavers would do a lot of good: discipline, skills, a sense of duty. Please support bringing it back in some form.

Ron Dewhurst""")
W("personal", D, "My grandson and conscription", """Dear Ms Coopland,

My grandson is sixteen and autistic. Since the talk about bringing back national service and "preparing the nation for war" he has had panic attacks about being called up. I have tried to reassure him but I am not sure I can.

Please would you tell me your own position, and urge the Government to rule out compulsory military service. If the forces cannot recruit, they should fix pay and conditions, not force teenagers into uniform.

Yours sincerely,
Elaine Fowler""")
W("email", D, "Army recruitment contract", """Dear Ms Hobson,

My nephew applied to join the army last year and has waited ten months for a medical appointment through the Capita system. Thousands drop out. Please press the MOD to take recruitment back in-house or scrap the contract.

Regards,
Paul Greaves""", "nephew's delay is an example; the ask is recruitment policy: defence")
W("org", D, "Afghan interpreters: letter from former officers", """Dear Member of Parliament,

We write as former officers who served in Helmand alongside Afghan interpreters and locally employed staff. Many of the men who stood beside us have been refused under the Afghan Relocations and Assistance Policy on technicalities, including those who worked for the Triples units, and some are in hiding from the Taliban.

We ask you to urge the Defence Secretary to complete a fair review of every ARAP refusal, to accept testimony from British officers, and to relocate those eligible without further delay. We gave them our word.

Yours faithfully,
(signed by eleven former officers)""", "Afghans who served with British forces (ARAP): defence per README")
W("angry", D, "ARAP data leak", """The MOD leaked the names of Afghans who helped our troops and then hid it under a superinjunction. Disgraceful. Get every one of them out and make someone resign.""", "ARAP and the MOD data breach: defence")
W("older", D, "Options for Change and the regiments", """Dear Sir,

I was dismayed to learn under Options for Change that the Gordon Highlanders are to be amalgamated with the Queen's Own Highlanders. The end of the Cold War does not mean the end of danger, as the Gulf has shown. I would urge you to oppose these cuts to the infantry.

Yours faithfully,
Mr A. Forbes
August 1991""")
W("email", D, "Trident is obsolete", """Dear Ms Chamberlin, underwater drones will make submarines detectable within a decade. Please argue against spending £200bn on a deterrent that may not survive its own service life. Martin""")
W("petition", D, "Restore the Army to 100,000 regular soldiers", """The Government should commit to rebuilding the regular army to 100,000 soldiers over the next ten years.

More details
Successive reviews have cut the army from over 100,000 in 2010 to barely 70,000 today. Wargames show it would run out of troops within weeks in a major war.""")
W("devolved", D, "Senedd petition: defence jobs in Wales", """We call on the Senedd to ask the Welsh Government to press the UK Government to place more defence manufacturing and military training in Wales, including a share of any new munitions factories funded by the increase in defence spending.

Additional information: Wales receives a small share of the MOD's procurement budget. New factories for artillery shells and explosives are being planned across the UK.""", "Senedd petition about defence industry spending: defence")

# ---------------------------------------------------------------- eu
W("older", E, "The referendum", """Dear Mr Bennet,

I shall be voting Remain on 23 June and hope you will campaign hard for it. My business exports machine parts to Germany and Italy and I cannot see how we would be better off outside the single market. I should be grateful to know what you will be doing locally.

Yours sincerely,
Keith Marsden
May 2016""")
W("older", E, "Respect the result", """Dear Sir,

17.4 million people voted to leave the European Union, including a clear majority in this constituency. I expect you, as our Member of Parliament, to vote to trigger Article 50 and to stop the talk of a second referendum. If you do not respect the result, do not expect my vote again.

Yours faithfully,
Mr R. Gibbons
January 2017""")
W("campaign", E, "Demand a People's Vote", """Nobody voted to be poorer. Now that we know what Brexit really means, the people, not just politicians, should have the final say on the deal, with the option to stay in the EU. Add your name to the call for a People's Vote.""")
W("email", E, "Second referendum", """Dear Ms Morgan,

Please do not back a second referendum. It would tear the country apart again and tell every Leave voter their vote didn't count. Vote for the deal and let us move on.

Linda Wallace""")
W("petition", E, "Revoke Article 50 and remain in the EU", """We want the Government to withdraw the UK's Article 50 notice and keep Britain in the European Union.

More details
The UK can revoke its notice unilaterally, the European Court of Justice has confirmed. Parliament has been unable to agree any deal. Leaving without one would be catastrophic for jobs, medicines and the Irish border.""")
W("older", E, "Article 50 extension", """Dear Mr Greaves,

With a fortnight to go and no agreement in Parliament, I urge you to support a request to the EU for an extension of Article 50. Crashing out on 29 March with no deal would be an act of national self-harm. Please keep doing what you are doing.

With thanks,
Caroline Esterhazy
March 2019""")
W("angry", E, "No deal", """NO DEAL IS BETTER THAN A BAD DEAL. Stop extending and get us out on WTO terms.""")
W("editor", E, "The costs of no deal", """SIR - Ministers who wave away the risks of leaving without a deal have not spoken to a single pharmacist, haulier or dairy farmer. Stockpiling medicines and requisitioning ferries is not a plan. Parliament should rule out no deal, as it has voted to do, and hold the Government to it.

J. Thornbury, Cirencester""")
W("petition", E, "Rejoin the European Single Market", """We want the Government to open negotiations to rejoin the European Single Market, through the European Economic Area or a bespoke agreement.

More details
The Office for Budget Responsibility expects Brexit to reduce long-run productivity by 4%. Rejoining the single market would remove most checks on goods and restore services trade, without reopening full EU membership.""")
W("template", E, "Customs union now", """Dear MP,

I am writing to ask you to support the UK joining a customs union with the EU. It would remove rules of origin paperwork and help manufacturers like my employer who have lost European customers since 2021. Please tell me where you stand.

Yours sincerely,""")
W("paper", E, "Public petition: fishing and the Brexit deal", """The petition of residents of Banff and Buchan,

Declares that the fishing industry was promised full control of the United Kingdom's waters upon leaving the European Union; further declares that the Trade and Cooperation Agreement and its extension leave EU vessels with continued access to those waters; and further declares that coastal communities have been betrayed.

The petitioners therefore request that the House of Commons urge the Government to end EU fleets' access to UK waters at the earliest opportunity and to allocate the fish in our waters to British fishermen.

And the petitioners remain, etc.""")
W("email", E, "Fishing deal", """Twelve more years of EU boats in our waters in return for cheaper sausages. That's what we got? Please vote against it. Regards, Ken Duthie, Peterhead""")
W("older", E, "Northern Ireland Protocol", """Dear Sir,

As a unionist I regard the Northern Ireland Protocol as an assault on the Union. Goods from Great Britain are treated as if they were entering a foreign country. I call on you to support triggering Article 16 and replacing the Protocol altogether.

Yours faithfully,
W. J. McCrea
October 2021""")
W("email", E, "Windsor Framework is working", """Dear Mr Farrow,

Please don't let anyone unpick the Windsor Framework. Northern Ireland businesses have access to both the UK and EU markets and that is a huge advantage. Stability is what we need. Thanks, Orla""")
W("devolved", E, "Scottish Parliament petition: Erasmus+", """Calling on the Scottish Parliament to urge the Scottish Government to press the UK Government to negotiate the UK's re-association with Erasmus+, or failing that, to seek Scotland's own association with the programme as Wales has done with its own scheme.

Background: Scottish universities and colleges sent thousands of students and staff abroad each year under Erasmus. The Turing scheme is one-way and underfunded.""")
W("campaign", E, "Youth mobility: let young people work in Europe again", """Your parents could pick grapes in France or pull pints in Barcelona after school. You can't. Sign our petition for a youth mobility deal with the EU, so that 18 to 30 year olds can live and work in Europe for up to three years, and young Europeans can do the same here.""")
W("angry", E, "youth mobility", """Youth mobility is free movement by the back door. No.""")
W("petition", E, "Give EU citizens automatic settled status and a physical document", """We want the Government to make settled status automatic, a declaration rather than an application, and to give every EU citizen physical proof of their status.

More details
EU citizens were promised their rights would be guaranteed. Instead they had to apply, and now rely on an online-only status that fails when employers, landlords or airlines cannot check it. A card would end the uncertainty.""")
W("personal", E, "Thirty years here and still proving it", """Dear Ms Brown,

I came to Britain from Portugal in 1993. I have worked as a nurse in the local hospital for twenty-six years, married here, and my children are British. In 2019 I had to apply to stay in my own home. I got settled status, but it is only a code on a website.

Last month I was stopped at Gatwick for forty minutes because the airline's system could not read my status. My friend was refused a tenancy for the same reason. I ask you to press the Government to give EU citizens a physical document, as the3million and others have asked, and to protect our Withdrawal Agreement rights in law.

Yours sincerely,
Maria Carvalho""", "own experience used to argue EU citizens' rights policy: eu")
W("email", E, "Britons in Spain", """Dear Mr Pritchard,

My parents retired to Spain in 2012. Since Brexit they have had to exchange their driving licences, prove their income every year and worry about healthcare. Please ask the Government to negotiate better protections for UK citizens living in the EU.

Regards,
Sue Jenkins""")
W("angry", E, "90 days", """90 days in 180? I own a house in Brittany and can't stay in it for the summer. Negotiate an exemption for second home owners. This is what you lot voted for.""")
W("editor", E, "The 90/180 rule", """SIR - The 90/180-day rule is not a Brussels conspiracy; it is what third-country status means and what Brexit supporters asked for. Those who now want special visas for second homes in the Dordogne might reflect on that. The Government should spend its negotiating capital on youth mobility and trade, not on the holiday homes of the comfortable.

M. Okafor, Oxford""")
W("email", E, "Pet passports", """Hello, since Brexit taking my dog to France needs an animal health certificate from a vet every trip at £150. Please push for the UK to be listed so we can use pet passports again, or include pets in the SPS deal. Thanks, Gill Rowe""")
W("template", E, "Let musicians tour", """Dear MP,

Musicians, dancers and crews now face a patchwork of work permits, carnets and cabotage limits when touring Europe. I am asking you to press the Government to negotiate a Europe-wide cultural exemption with the EU so our artists can tour again.

Yours sincerely,""")
W("personal", E, "Our band and Brexit", """Dear Mr Norris,

I play bass in a folk band from Sheffield. Before 2021 we did three tours a year in Germany, the Netherlands and Belgium in a transit van. Now each country has its own rules, our merch needs customs paperwork, and one splitter van can only do a limited number of stops in the EU. We have not toured since.

I know touring musicians are a small thing compared to the economy, but it is our livelihood and it is part of how Britain is seen abroad. Please ask the Government to make a cultural touring agreement with the EU part of the reset.

Cheers,
Jonny Keane""")
W("petition", E, "Scrap the sunset clause in the Retained EU Law Bill", """We want the Government to remove the clause that would automatically delete thousands of retained EU laws at the end of 2023 unless ministers act to save them.

More details
Retained EU law covers workers' rights, environmental protection and food safety. Letting it lapse by default, with no scrutiny by Parliament, risks losing protections nobody has voted to remove.""")
W("older", E, "Retained EU law", """Dear Sir,

I support the Retained EU Law (Revocation and Reform) Bill and hope you will vote for it. It is absurd that years after leaving we are still governed by thousands of regulations drafted in Brussels. Let us take the opportunity Brexit has given us.

Yours faithfully,
Mr P. Rowntree
January 2023""")
W("template", E, "Don't let Brexit lower our standards", """Dear MP,

When we left the EU we were promised that standards on food, the environment and workers' rights would not fall. I ask you to oppose any trade deal that allows chlorinated chicken or hormone-fed beef, and to support keeping pace with EU protections on chemicals and working time.

Yours sincerely,""")
W("email", E, "Dynamic alignment", """Please oppose signing up to "dynamic alignment" with EU food rules. We left to make our own laws. Following Brussels rules with no vote is worse than membership. John Pryce""")
W("org", E, "Horizon Europe association", """Dear Member of Parliament,

On behalf of the university's research office, I write to thank you for your support during the long delay in the UK's association to Horizon Europe, and to ask for your help in the next step. Association was agreed, but UK participation has not recovered to pre-Brexit levels. We ask you to urge the Government to fund a campaign encouraging UK researchers to bid, and to seek association to the next EU framework programme on the same terms.

Yours faithfully,
Pro-Vice-Chancellor for Research""")
W("email", E, "Horizon", """Dear Ms Webb, two years out of Horizon Europe cost my lab its biggest grant and two postdocs. Please make sure the UK stays in the programme after 2027. Dr Lucy Tan""")
W("petition", E, "Agree an SPS deal to end post-Brexit food checks", """The Government should conclude a sanitary and phytosanitary agreement with the EU, aligning our food and plant rules to remove most border checks.

More details
Small food exporters have lost EU customers because each consignment needs an export health certificate signed by a vet. Importers face new fees at Sevington. A veterinary deal would help both.""")
W("angry", E, "Dover queues", """Six hours stuck outside Dover because of Brexit passport stamping. Sort out a deal with the EU or admit it was a mistake.""", "queues blamed on Brexit with an ask to deal with the EU: eu")
W("org", E, "Kent hauliers: border checks since Brexit", """Dear Member of Parliament,

Our members operate lorries through Dover and the Channel Tunnel every day. Since the end of the transition period, customs declarations, export health certificates and now the Entry/Exit System have added hours to each crossing. We ask you to support a veterinary agreement and a trusted-trader scheme with the EU to remove as many checks as possible.

Yours faithfully,
Secretary, Kent Road Haulage Association""")
W("editor", E, "Rejoining is a fantasy", """SIR - The rejoiners never explain how they would persuade 27 countries to take us back without the euro, Schengen or our rebate, or how they would win a referendum. The Government is right to rule it out and to concentrate on making Brexit work.

G. Tasker, Sevenoaks""")
W("angry", E, "rejoin", """Bregret is real. Rejoin the EU. Full stop.""")
W("older", E, "Maastricht Treaty", """Dear Sir,

I write to urge you to vote against the Maastricht Bill. It takes us far beyond the Common Market that people voted for in 1975 into a federal Europe with a single currency. At the very least the people should be given a referendum before such powers are handed over.

Yours faithfully,
Mrs J. Belcher
May 1992""", "old-style letter on the UK-EU relationship (Maastricht): eu")
W("older", E, "Single currency", """Dear Mr Clarke,

I hope the Government will keep the pound. Joining the euro would hand control of our interest rates to Frankfurt. If ever it is proposed, please insist on a referendum.

Yours sincerely,
Mr H. Dobson
June 1998""", "old letter on joining the euro: the UK-EU relationship, eu")
W("devolved", O, "Senedd petition: replacement for EU structural funds", """We call on the Senedd to press the UK Government to give Wales full control over the replacement for EU structural funds, and to ensure Wales gets no less than it received as a member of the EU.

Additional information: West Wales and the Valleys received hundreds of millions of pounds a year from EU programmes. The Shared Prosperity Fund has bypassed the Senedd and delivered less.""", "Brexit as background to a domestic regional-funding ask, like farm subsidies: other (judgement call)")
W("email", E, "Erasmus", """Why did we leave Erasmus? My daughter's Spanish year abroad is costing us three times as much. Please support rejoining. Helen Moss""")
W("campaign", E, "Protect British citizens' rights in Europe", """Over a million Britons live in the EU. Since Brexit, many have lost the right to move between EU countries, face patchy healthcare and can no longer vote in local elections. Sign to ask the Government to put UK citizens in Europe at the heart of the new UK-EU agreement.""")
W("email", E, "EU reset and the Brexit vote", """Dear Mr Hindley, the "reset" is a slow-motion surrender. Fees to the EU, fishing handed over, EU courts for food rules. I did not vote for this. Please oppose it. Mrs K. Stubbs""")

# ---------------------------------------------------------------- multi-label
UD = ["ukraine", "defence"]
DE = ["defence", "eu"]
UG = ["ukraine", "gaza"]
GD = ["gaza", "defence"]
UE = ["ukraine", "eu"]
W("editor", UD, "Arm Ukraine and ourselves", """SIR - We cannot go on emptying our own stores to supply Ukraine without refilling them. The Government should sign long-term contracts for artillery shells and air defence missiles, enough for Kyiv and for the British Army, and raise defence spending to 3% to pay for them. Helping Ukraine and rebuilding our own forces are the same task.

Brig. (retd) H. Colville, Salisbury""")
W("petition", UD, "Support Ukraine's membership of NATO", """We want the Government to back an invitation for Ukraine to join NATO as soon as the war allows, and to argue for it at the next NATO summit.

More details
Only the Article 5 guarantee will stop Russia invading again after any ceasefire. Ukraine's army is now the most experienced in Europe and would strengthen the alliance.""", "Ukraine in NATO argues both Ukraine and NATO policy: ukraine + defence")
W("angry", UD, "Ukraine NATO", """Ukraine in NATO means our troops fighting Russia. Never. And stop sending them our weapons.""", "against Ukraine in NATO and arms to Ukraine: ukraine + defence")
W("email", UD, "Peacekeepers", """Dear Mr Healing,

Please don't commit British troops to a peacekeeping force in Ukraine while our army can barely field a single division. Either fund the army properly or don't make promises we can't keep.

Alastair Boyd""")
W("template", UD, "Ammunition for Ukraine, factories for Britain", """Dear MP,

I am writing to ask you to support both continued military aid to Ukraine and new British munitions factories to produce it. Building shells and drones here would supply Ukraine, restock our own army and create skilled jobs.

Yours sincerely,""")
W("devolved", DE, "Scottish Parliament petition: European defence cooperation", """Calling on the Scottish Parliament to urge the Scottish Government to press the UK Government to join the EU's defence industrial programmes so that Scottish shipyards and defence firms can bid for European contracts.

Background: The EU is spending billions on joint procurement. Under the UK-EU security and defence partnership British firms may take part only if a deal is agreed on fair terms.""", "EU defence programmes and defence industry: eu + defence")
W("editor", DE, "No EU army", """SIR - Every step towards an "EU defence union", from joint procurement to a European rapid reaction force, weakens NATO and duplicates it. Britain should cooperate with European allies through NATO and bilaterally, not sign up to Brussels structures that would tie our armed forces to Commission rules.

R. Fenwick, Hexham""")
W("email", DE, "EU defence pact", """Dear Ms Champion, I welcome the security pact with the EU. Please push for full UK participation in EU defence procurement and military mobility so we can rebuild Europe's defences together. Best, Tom""")
W("older", DE, "European defence and the Lisbon Treaty", """Dear Sir,

The Lisbon Treaty's provisions on a common security and defence policy are a step towards a European army under the control of Brussels. Our armed forces must answer to Parliament and to NATO, not to the European Union. I hope you will oppose ratification without a referendum.

Yours faithfully,
Major (retd) G. Ashcroft
January 2008""")
W("petition", UG, "Adopt a policy of neutrality in the wars in Ukraine and Gaza", """The Government should declare the UK neutral in the wars in Ukraine and Gaza, stop sending weapons to any party and offer itself as a mediator.

More details
Britain's involvement in other people's wars has cost billions and made us less safe. A neutral country can broker peace. Switzerland and Ireland show that neutrality does not mean indifference.""")
W("editor", UG, "Double standards", """SIR - The Government is rightly furious when Russia shells Ukrainian power stations, but silent when Israel cuts off Gaza's electricity and water. If international law means anything it must apply to both. Sanction Russia, yes, and suspend arms sales to Israel for the same reasons.

F. Aziz, Birmingham""")
W("angry", UG, "foreign wars", """Billions for Ukraine, arms for Israel, nothing for us. Stop funding both wars.""")
W("email", GD, "BAE Systems and Israel", """Dear Mr Shandon,

I work in the defence industry and support more spending on our own forces. But I do not want the components we make used in Gaza. Please support a higher defence budget AND a suspension of export licences to Israel. The two are not in conflict.

Regards,
Rob Hale""")
W("campaign", GD, "Convert the arms factory", """The factory on our industrial estate makes drone parts sold to Israel and to the British Army. We want the Government to stop licences to Israel, and to help the workforce move into civilian manufacturing as part of a wider cut in military spending. Sign and share.""", "opposes arms to Israel and argues cutting military spending: gaza + defence")
W("editor", G, "RAF Akrotiri", """SIR - British bases in Cyprus are being used to support Israel's war, yet MPs have no say. Parliament should vote before our armed forces are involved in any Middle East conflict, and the Government should stop the surveillance flights over Gaza.

P. Ward, Oxford""", "a UK base and flights used in the Gaza war: gaza only (README); the call for a vote is about this conflict (judgement call)")
W("petition", UD, "Match Russia's rearmament: raise defence spending and keep aid to Ukraine", """We want the Government to keep military aid to Ukraine at at least £3 billion a year for as long as needed and to lift UK defence spending to 3% of GDP within this Parliament.

More details
Russia is spending over 6% of its economy on war. If Ukraine falls, NATO's eastern flank will be next and British forces will be needed there.""")
W("older", UD, "Crimea and defence cuts", """Dear Sir,

Events in Crimea show that war in Europe is not a thing of the past. I hope the Government will support Ukraine with more than words, and will think again about the army cuts announced in 2010. We cannot deter anyone with a peacetime army shrinking by the year.

Yours faithfully,
Mr L. Kemble
March 2014""")
W("email", UE, "Sanctions and the EU", """Dear Ms Eagling, please make sure UK sanctions on Russia move in step with the EU's 17th and 18th packages, and use the new UK-EU relationship to close the loopholes together. Thank you, Kasia""")
W("template", ["ukraine", "defence", "eu"], "Europe must stand together", """Dear MP,

With America less reliable, Europe has to defend itself. I urge you to support closer UK-EU defence cooperation, a rise in our own defence spending, and a long-term commitment to arm Ukraine for as long as it takes.

Yours sincerely,""")
W("angry", GD, "stop the war machine", """Trident, F-35s for Israel, 3% on weapons. End all of it. Money for nurses not bombs.""", "nuclear/defence spending and arms to Israel: gaza + defence")

# ---------------------------------------------------------------- other: hard negatives
# Other foreign affairs
W("petition", O, "Appoint a special envoy for Sudan and fund the famine response", """We want the Government to appoint a UK special envoy for Sudan and double humanitarian funding for the famine in Darfur and Kordofan.

More details
Sudan is the world's largest displacement crisis. The Rapid Support Forces have besieged El Fasher and reports of ethnic killings echo the genocide of twenty years ago. The UK is the UN penholder on Sudan and should lead.""", "Sudan, including a ceasefire and genocide, is other (README)")
W("editor", O, "The forgotten war", """SIR - Sudan has more people displaced than Ukraine and Gaza combined, yet it barely makes the news. The Government holds the pen on Sudan at the Security Council; it should use it to press for a ceasefire and an arms embargo on the United Arab Emirates' proxies.

Dr E. Mohamed, Cardiff""", "compares with Ukraine and Gaza only to argue Sudan policy: other")
W("angry", O, "Saudi arms", """We are still selling bombs to Saudi Arabia to drop on Yemen. Stop the licences.""", "Yemen/Saudi arms sales: other (README)")
W("older", O, "Arms to Saudi Arabia", """Dear Sir,

The Court of Appeal has found that the Government acted unlawfully in licensing arms to Saudi Arabia for use in Yemen without assessing breaches of humanitarian law. I urge you to press for the suspension of all such licences.

Yours faithfully,
Mrs B. Tranter
June 2019""", "Yemen/Saudi arms: other")
W("email", O, "Syria after Assad", """Dear Mr Lewell, now that Assad has fallen, please ask the Foreign Office to lift the sanctions that are stopping Syrians rebuilding, and to help find the missing from the Sednaya prison. Yours, Rami Khoury""", "Syria not tied to Israel: other")
W("older", O, "Chemical weapons in Syria", """Dear Sir,

After the horrific attack at Ghouta I understand Parliament is to be recalled to vote on military action against the Assad regime. I would urge you to vote against. We have been here before with Iraq. Humanitarian aid, yes; bombs, no.

Yours faithfully,
Mr S. Whitelaw
August 2013""", "Syria 2013 vote on military action: other foreign affairs, not one of our topics (judgement call)")
W("campaign", O, "Woman, Life, Freedom", """Iranian women are being imprisoned and executed for refusing to wear the hijab and for protesting. Sign our petition asking the UK Government to sanction the judges and prison officials responsible and to give asylum to protesters who have fled.""", "Iran's human rights, not Iran-Israel: other")
W("email", O, "Executions in Iran", """Please raise the wave of executions of protesters in Iran with the Foreign Secretary, including the British-Iranian dual nationals held in Evin prison. Best, Parisa""", "Iran's human rights: other")
W("petition", O, "Ban imports linked to Uyghur forced labour", """We want the Government to ban imports of cotton, solar panels and other goods made with Uyghur forced labour in Xinjiang.

More details
The US already presumes goods from Xinjiang are made with forced labour unless proven otherwise. UK supply chains are still exposed.""")
W("older", O, "Hong Kong passport holders", """Dear Sir,

With the handover approaching, I would ask you to support full British citizenship for the holders of British National (Overseas) passports in Hong Kong. They are British subjects and we owe them a home if Beijing breaks its promises.

Yours faithfully,
Mr K. W. Lam
March 1997""")
W("email", O, "Jimmy Lai", """Dear Mrs Bannerman, please keep pressing for the release of Jimmy Lai, a British citizen on trial in Hong Kong for publishing a newspaper. It should be raised at every meeting with China. Thanks, Grace""")
W("editor", O, "Taiwan", """SIR - Chinese warships sail around Taiwan every week and our Government will not even say the word "Taiwan" in a trade strategy. Britain should deepen ties with Taipei and make clear that any blockade would have consequences.

I. Drummond, Canterbury""", "Taiwan/China: other (README)")
W("paper", O, "Public petition: Kashmir", """The petition of residents of Luton North,

Declares that the people of Kashmir have endured curfews, communication blackouts and human rights abuses; and further declares that the right of the Kashmiri people to self-determination has long been recognised by United Nations resolutions.

The petitioners therefore request that the House of Commons urge the Government to raise the human rights situation in Kashmir at the United Nations and to support a peaceful resolution in accordance with the wishes of the Kashmiri people.

And the petitioners remain, etc.""")
W("email", O, "Myanmar", """Dear Ms Nandra, the junta in Myanmar is bombing villages from the air with jet fuel supplied by international companies. Please press for UK sanctions on aviation fuel suppliers. Regards, Zaw Min""")
W("older", O, "Rohingya", """Dear Sir,

I write about the expulsion of the Rohingya from Rakhine State. Over half a million people have fled to Bangladesh in a matter of weeks. I would ask you to urge the Foreign Secretary to suspend training for the Burmese military and to refer the situation to the International Criminal Court.

Yours faithfully,
Dr A. Haque
September 2017""", "genocide in another country (Myanmar): other")
W("email", O, "Tigray", """Hello, I am from Tigray. The war has ended on paper but people are still starving and women who were raped have no justice. Please ask the Government to fund accountability and aid in Tigray. Thank you, Selam""")
W("devolved", O, "Scottish Parliament petition: Sri Lanka accountability", """Calling on the Scottish Parliament to urge the Scottish Government to ask the UK Government to support international accountability for the killing of Tamil civilians at the end of Sri Lanka's civil war in 2009.

Background: Tens of thousands of Tamils were killed in the final months of the war. Families of the disappeared are still waiting for answers.""", "genocide/war crimes in another country: other")
W("email", O, "Chagos deal", """Dear Mr Jopling,

Please vote against handing the Chagos Islands to Mauritius. The Chagossians themselves were never asked, and we are paying billions to lease back a base we already own.

Regards,
Derek Holt""", "Chagos sovereignty: other (README; the Diego Garcia base is mentioned in passing)")
W("editor", O, "The Chagossians", """SIR - Whatever the merits of the treaty with Mauritius, the people who were expelled from the Chagos Islands in the 1960s and 70s have been treated as an afterthought for fifty years. Any settlement must give them the right to return and proper compensation.

L. Bancoult-Smith, Crawley""")
W("angry", O, "Taliban", """Why is the Foreign Office meeting the Taliban while they ban girls from school? Disgusting.""")
W("petition", O, "Recognise gender apartheid in Afghanistan", """We want the Government to recognise the Taliban's treatment of women as gender apartheid and back moves to make it a crime under international law.

More details
Afghan women cannot study beyond primary school, work for NGOs or even speak in public. Words of condemnation have changed nothing.""", "the Taliban: other (README)")
W("email", O, "Nigeria", """Please raise the killing of Christians in Plateau State with the Nigerian High Commission. Villages are being burnt and nobody is held to account. From the churches together group.""")
W("older", O, "Rwanda", """Dear Sir,

The slaughter in Rwanda has now gone on for weeks while the United Nations withdraws its soldiers. I urge you to press the Government to support reinforcing the UN mission and to call what is happening by its name: genocide.

Yours faithfully,
Mrs P. Ndlovu
May 1994""", "genocide in another country: other")
W("email", O, "Armenian genocide", """Dear Mr Rees, the UK still does not formally recognise the Armenian genocide of 1915. Please support a motion to recognise it, as the US, France and Germany have. Regards, Ani Petrosyan""")
W("petition", O, "Make Srebrenica Memorial Day a national day of commemoration", """The Government should give Srebrenica Memorial Day in July the same standing as Holocaust Memorial Day, with funding for schools to teach about the genocide in Bosnia.

More details
More than 8,000 Bosniak men and boys were murdered in 1995 while UN peacekeepers stood by. Denial is growing.""", "genocide in another country, remembrance: other")
W("email", O, "DR Congo", """Dear Ms Raynham, the M23 rebels are killing civilians in eastern Congo and Rwanda is backing them. Please ask the Government to suspend aid to Rwanda until it withdraws. Joseph Mwamba""", "DRC conflict: other")
W("email", O, "Georgian protests", """Please ask the Foreign Office to speak up for protesters in Tbilisi being beaten by police for wanting a European future for Georgia. Thank you, Nino""", "Georgia's own politics, no Ukraine, Russia-sanctions or UK-EU ask: other (judgement call)")

# ECHR, the European Court of Human Rights and the Council of Europe
W("petition", O, "Leave the European Convention on Human Rights", """We want the Government to withdraw the UK from the European Convention on Human Rights and replace the Human Rights Act with a British Bill of Rights.

More details
We left the EU to take back control of our laws, yet foreign judges in Strasbourg still block deportations of criminals and stop flights to Rwanda. Parliament, not the European Court of Human Rights, should have the final word.""", "ECHR with Brexit only as background; no ask about the EU relationship: other (README)")
W("editor", O, "Strasbourg is not Brussels", """SIR - Your correspondent, like many, confuses the European Court of Human Rights with the EU. Leaving the Convention would put us alongside Russia and Belarus as the only European states outside it. Brexit has nothing to do with it. The Government should say plainly that Britain stays in the ECHR.

Prof. T. Baird, Durham""", "defends the ECHR and says it is unrelated to the EU: other")
W("angry", O, "ECHR", """Get out of the ECHR. Now. Every week another foreign criminal stays because of "family life".""")
W("older", O, "Prisoners' votes", """Dear Sir,

I was appalled to read that the European Court of Human Rights has ruled that convicted prisoners must be given the vote. I hope you will support the Government in resisting this judgment. Criminals forfeit that right.

Yours faithfully,
Mr D. Grainger
February 2011""", "European Court of Human Rights, not the EU: other")
W("email", O, "Council of Europe", """Dear Ms Thornbury, as a member of the Council of Europe's parliamentary assembly, will you support the new convention on artificial intelligence and human rights? Regards, Dr Ellie Voss""", "Council of Europe, not the EU: other")
W("template", O, "Protect the Human Rights Act", """Dear MP,

I am writing to ask you to protect the Human Rights Act and to oppose any move to leave the European Convention on Human Rights. These rights protect disabled people, bereaved families and victims of crime every day. Please tell me where you stand.

Yours sincerely,""")

# Brexit only as background to another ask
W("email", O, "Farm payments", """Dear Mr Clifton-Bowes,

The old EU payments have been cut back year by year and the Sustainable Farming Incentive closed without warning. Please press DEFRA to reopen SFI and give farmers a proper transition.

Regards,
Hugh Bellamy, Church Farm""", "Brexit-era farm subsidies as background; the ask is domestic farm policy: other")
W("email", O, "VAT on repairs", """Now that we are out of the EU and supposedly free to set our own VAT, please press the Chancellor to cut VAT on home repairs and bike repairs to encourage fixing rather than throwing away. Thanks, Phil""", "Brexit as background to a VAT ask: other")
W("paper", O, "Public petition: fishing quota for the inshore fleet", """The petition of residents of St Ives,

Declares that the inshore fleet of boats under ten metres, which makes up most of the fishing boats in Cornwall, receives only a tiny fraction of the fishing quota allocated in the United Kingdom; and further declares that most English quota is held by a few large companies.

The petitioners therefore request that the House of Commons urge the Government to reallocate quota towards the under-ten-metre fleet.

And the petitioners remain, etc.""", "quota allocation between UK fleets, no EU ask: other")
W("email", O, "Scallop quota", """Dear Mr Carrick, the quota the Government took back after Brexit has mostly gone to the big producer organisations. Please push Marine Scotland and DEFRA to give the small boats in Shetland a fairer share. Thanks, Magnus""", "fishing quota between UK fleets with Brexit as background: other")
W("older", O, "Tampon tax", """Dear Sir,

Now that the country has voted to leave the EU, there is no excuse for keeping VAT on sanitary products. I would urge you to press the Chancellor to abolish it at the first opportunity.

Yours faithfully,
Ms K. Perry
July 2016""", "Brexit as background to a VAT ask: other")
W("email", O, "Bottle deposit scheme", """Please push for the deposit return scheme to start on time. Every other European country seems to manage it. Regards, Gwen""", "'European countries' as comparison only: other")
W("email", O, "My settled status application", """Dear Ms Cadbury,

I applied to the EU Settlement Scheme fourteen months ago as a late applicant and have heard nothing. My employer says it cannot keep me on without proof. Please can your office chase the Home Office? My reference is 3412-0098-7761-2207.

Thank you,
Andrei Popescu""", "one person's EUSS casework, no policy ask: other")
W("email", O, "Pension paid in Spain", """Dear Mr Dowd, my mother's state pension has stopped arriving in her Spanish bank account since the DWP wrote asking for a life certificate, which she returned in May. Could you chase it for her? Her National Insurance number is enclosed. Regards, Carl Whittle""", "UK citizen in the EU, personal casework with no policy ask: other")

# Remembrance, memorials, D-Day, statues
W("petition", O, "Make Remembrance Sunday weekend include a bank holiday Monday", """We want the Government to create a bank holiday on the Monday after Remembrance Sunday.

More details
A national day of rest would let more people attend services, especially young people and shift workers. Many countries mark their war dead with a public holiday.""", "remembrance bank holiday: other")
W("email", O, "War memorial names", """Dear Mrs Doyle-Pryce, our village war memorial is missing the names of three men who died in 1918 and are buried in France. Can you help us get advice on adding them, and any grant? Regards, Parish Council Clerk""")
W("email", O, "Memorial vandalised", """Someone has sprayed graffiti on the cenotaph in the park. Please press the police and council to clean it before Armistice Day and catch whoever did it. Jean""")
W("personal", O, "D-Day anniversary trip", """Dear Mr Eastwood,

My father landed on Sword Beach on 6 June 1944 with the East Yorkshires. He died last year aged 99. My sisters and I would like to take his medals to Normandy for the anniversary and lay a wreath at Hermanville.

I wondered if your office knew of any help for families of veterans to attend, or could put us in touch with the Royal British Legion's pilgrimage team? We are not asking for money, just advice.

With thanks,
Patricia Ogden""", "D-Day family trip, no policy: other")
W("editor", O, "Leave the statue alone", """SIR - The council's plan to move the statue of a Victorian general from the town square to a museum is a waste of money and an exercise in rewriting history. Put up an information board if you must, but leave it where it has stood for 130 years.

B. Lomax, Sheffield""", "statue of a general: other")
W("email", O, "Poppy sellers", """Could you ask the station manager why poppy sellers were moved on from the concourse last week? The Legion has sold there for decades. Thanks, Ken""")
W("older", O, "Falklands memorial", """Dear Sir,

The town council proposes to erect a memorial to the three local men who died in the Falklands, and we are seeking help to approach the Ministry of Defence for permission to use the regimental crests. Any assistance would be gratefully received.

Yours faithfully,
Hon. Secretary, Memorial Committee
1983""", "memorial committee request: other")
W("email", O, "Armistice Day road closure", """Can the council confirm the road closure for the Armistice parade this year? Last year buses were diverted without notice. Thanks, Sue""")
W("email", O, "Blue plaque for a VC", """We'd like a blue plaque on the house where a Victoria Cross winner from the Somme was born. Could your office help us contact the right people? Best, Local History Society""")

# Idioms and words only
W("angry", O, "War on motorists", """This council's war on motorists has to stop. LTNs, 20mph, bus gates. I pay road tax. Do something.""", "idiom: other")
W("email", O, "Army of volunteers", """Thank you for joining our army of volunteers at the canal clean-up on Saturday. We pulled out three trolleys and a moped! Hope to see you again. Canal & River Friends""", "idiom: other")
W("email", O, "Battle for the library", """We've won the first battle for our library, but the war isn't over: the council wants to cut opening hours. Please keep fighting with us. Friends of the Library""", "idiom: other")
W("email", O, "Nuclear option", """The council has gone for the nuclear option and cancelled the whole bus subsidy rather than trim routes. Can you intervene? Derek""", "idiom: other")
W("angry", O, "Blitz on fly-tipping", """Where's the promised blitz on fly-tippers? The lay-by on the A38 looks like a war zone. Councils need powers to seize vans.""", "idiom: other")

# "Because of the war" and passing mentions
W("template", O, "Energy bills", """Dear MP,

Energy bills are still far higher than before Russia's invasion of Ukraine sent gas prices soaring. I ask you to support a social tariff for vulnerable households and to press for faster insulation of homes, so we are never this exposed again.

Yours sincerely,""", "energy prices blamed on the war in passing: other")
W("email", O, "Fertiliser prices", """Fertiliser doubled in price after the war started and it hasn't come down. Please ask DEFRA to help farmers with input costs or we'll see more going under. Jim Harker""", "war as background: other")
W("editor", O, "Bread and butter", """SIR - Food prices rose because of the war, we were told, then because of the weather, now because of wages. The Competition and Markets Authority should look hard at supermarket margins instead.

S. Corrigan, Stockport""", "war as background: other")

# Individual casework: veterans, Ukrainian, Israeli, Palestinian, Russian individuals
W("email", O, "Damp in my flat", """Dear Mr Stringer, I'm an ex-Royal Signals veteran living in a housing association flat. The bathroom ceiling has been leaking for four months and there's black mould in the bedroom. They keep cancelling the repair. Can you help? Steve Marsh""", "a veteran's own housing repair: casework, other (README)")
W("personal", O, "My war pension claim", """Dear Ms Hilliard,

I served 22 years in the Royal Artillery, including two tours of Iraq. I have hearing loss and tinnitus and applied for a War Pension Scheme award in January. Veterans UK lost my medical records once and now say my claim will take another nine months.

I'd be really grateful if your office could chase this for me. My service number and claim reference are below.

Yours,
Mick Dunford""", "a veteran's own claim: casework, other")
W("email", O, "Veteran's blue badge", """Hi, my dad is a Falklands veteran with a leg injury and the council turned down his blue badge. Could you ask them to look again? Thanks, Amy""", "casework: other")
W("email", O, "Visa for my mother", """Dear Ms Eagling,

My mother is Ukrainian and living with us under the Ukraine Family Scheme. Her permission expires next month and her extension application has been pending since February. She can't travel or change jobs. Please could you chase UKVI? Her reference is attached.

Thank you,
Oksana Reid""", "a Ukrainian family's own visa delay: casework, other (README)")
W("email", O, "Council housing for Ukrainian guests", """My Ukrainian guests have to leave by the end of the month as we're selling the house. The council says they're not priority. Can you help them get on the list? Jenny Lowe""", "Homes for Ukraine housing problem for one family: casework, other (README)")
W("personal", O, "Driving licence", """Dear Mr Abbey,

I am a Ukrainian doctor working at the hospital. My Ukrainian driving licence expired here after a year and the DVLA says I must take a full test. The waiting list is eight months and I need to drive to night shifts. Is there any way your office can help me get a test sooner?

Kind regards,
Dr Taras Melnyk""", "individual Ukrainian casework: other")
W("email", O, "Universal Credit for my tenants", """My tenants are a Ukrainian family and their Universal Credit has been suspended after a mix-up over their BRP expiry date. Could you contact the DWP? Rob Kenyon""", "casework: other")
W("email", O, "My fiancé's visa", """Dear Mr Pearce, my fiancé is Israeli and his fiancé visa has been pending for five months. Our wedding is booked for June. Could your office enquire with UKVI? Thank you, Chloe Marks""", "an Israeli fiancé's visa case: casework, other (README)")
W("email", O, "Noise from the bar", """The new Israeli street food bar on the high street plays music until 1am. Could you ask the council's licensing team to review their hours? Regards, Mr Patel""", "Israeli as a descriptor only: other")
W("personal", O, "My brother's student visa", """Dear Ms Ali,

My brother is Palestinian and has a scholarship for a master's degree at Leeds starting in September. He lives in Ramallah and needs to travel to Amman for biometrics, but the appointment system keeps crashing. Could your office ask UKVI whether they can expedite his appointment?

Thank you,
Hamza Odeh""", "a Palestinian individual's visa case: casework, other (README)")
W("email", O, "Palestinian bakery", """We are opening a Palestinian bakery on Gaza Street and the council has lost our food hygiene registration twice. Could your office chase Environmental Health? Layla""", "Palestinian/Gaza as names: other")
W("email", O, "Bank account closed", """Dear Ms Owen, I'm a Russian-born British citizen and my bank closed my account without explanation, saying "sanctions screening". I've lived here 19 years. Can you help me find out why? Natalia Fox""", "individual casework mentioning sanctions: other")

# Armed forces mentioned as places, cadets, events
W("email", O, "Cadet hut", """Dear Mr Baron, the Army Cadet detachment in our village has lost its hut to dry rot and is meeting in the church hall. Is there any grant funding you could point us to? Sgt Instructor Lee""", "cadet hut: other (README)")
W("email", O, "Sea cadets", """Thanks so much for visiting our Sea Cadets unit on Monday. The cadets loved showing you the boats. TS Intrepid""")
W("email", O, "Bus to the barracks estate", """Please ask the bus company to restore the 47 route past the barracks. Families on the estate behind it have no other way into town. Kerry""", "barracks as a place name: other")
W("paper", O, "Public petition: housing on former airfield", """The petition of residents of Upper Heyford and surrounding villages,

Declares that the proposed development of a further 1,500 homes on the former RAF base would overwhelm local roads, schools and GP surgeries.

The petitioners therefore request that the House of Commons urge the Government to call in the planning application.

And the petitioners remain, etc.""", "planning objection on an old RAF base: other")
W("email", O, "Level crossing", """The level crossing near the naval base gates is down for twenty minutes at a time at rush hour. Could you ask Network Rail to look at the signalling? Ruth""")
W("email", O, "Armed Forces Day invite", """We'd be delighted if you could open our Armed Forces Day fete on 28 June. There'll be a band, stalls and a tea tent. Town Council Events Team""", "invitation: other (README)")
W("email", O, "Veterans' walking football", """Could you mention our veterans' walking football club in your newsletter? We meet Tuesdays at 10. All welcome. Bob""", "other (README)")
W("email", O, "Trident Housing", """Trident Housing have left my gutter hanging off for six weeks. Can you help? Mrs Keogh""", "Trident as a name: other (README)")
W("email", O, "NATO Way roundabout", """The lights on the NATO Way roundabout have been out for a week. Please chase the highways team. Sam""", "NATO as a place name: other")
W("email", O, "Eurovision party", """We're holding a Eurovision party at the community centre to raise money for the food bank. Would you come and judge the costume contest? Community centre trustees""", "Eurovision alone: other (README)")
W("email", O, "European Cup final", """Will you support the town's bid for a fan zone for the European Championship matches next summer? Sports Council""", "European football: other")
W("email", O, "Ceasefire between neighbours", """We've called a ceasefire with the neighbours over the hedge, but the council still hasn't ruled on the high hedge complaint. Can you nudge them? Brian""", "idiom: other")
W("email", O, "Israeli-born surgeon", """I want to thank the Israeli-born surgeon at the Royal who rebuilt my knee. Could you pass on my thanks to the trust? Maureen""", "other (README)")
W("email", O, "Polish deli", """Please support our application for a late licence for our Polish and Ukrainian deli. We have had no complaints in six years. Ewa & Olek""", "Ukrainian as a descriptor: other")
W("email", O, "Holocaust Memorial Day", """Our school would like you to speak at our Holocaust Memorial Day assembly in January. Would you be available? Head of History""", "other")
W("email", O, "Regimental museum", """The regimental museum is closing its doors because the lease is ending. Could you help us find a new home for the collection? Museum trustees""", "museum: other")
W("email", O, "Air show noise", """The air show at the airfield last weekend was brilliant but the parking was chaos. Please ask the organisers to use the park and ride next year. Dave""")

# ---------------------------------------------------------------- other: ordinary constituency mail
W("petition", O, "Guarantee every child an NHS dentist", """We want the Government to guarantee that every child can register with an NHS dentist within 30 miles of home.

More details
Tooth decay is the most common reason young children are admitted to hospital. In many areas no practice is taking NHS patients at all, and parents are told to go private or go without.""")
W("angry", O, "dentist", """Rang 23 dentists. None taking NHS patients. Pulled my own tooth out with pliers last night. This is Britain in 2025.""")
W("email", O, "8am scramble", """Every morning at 8am I ring the surgery and I'm 40th in the queue, then all the appointments are gone. Please push for the online booking the Government promised. Tina Clarke""")
W("personal", O, "Waiting for a hip", """Dear Mr Ward,

I am 71 and have been on the waiting list for a hip replacement at the county hospital for 68 weeks. I can no longer walk to the shops or look after my husband, who has Parkinson's. My GP says there is nothing more she can do.

I understand the pressures on the NHS, but I would be grateful if you could ask the trust when I might be seen, and also ask the Health Secretary what is being done about orthopaedic waiting lists in our area, which seem to be among the worst in England.

Yours sincerely,
Brenda Hollis""")
W("template", O, "Support the ADHD taskforce", """Dear MP,

Adults waiting for an ADHD assessment can wait five years or more, and shortages of medication have left many without treatment. I ask you to support a funded national plan for ADHD and autism assessment, and to press for an end to the medication shortages.

Yours sincerely,""")
W("email", O, "Autism assessment", """My son is 7 and has been waiting two and a half years for an autism assessment. Without a diagnosis the school won't apply for an EHCP. Please raise this with the health board. Jo Carver""")
W("paper", O, "Public petition: SEND provision in Surrey", """The petition of residents of Surrey,

Declares that children with special educational needs and disabilities in Surrey are waiting far beyond the legal 20 weeks for Education, Health and Care Plans; and further declares that specialist school places are insufficient.

The petitioners therefore request that the House of Commons urge the Government to provide councils with funding adequate to meet their statutory duties to children with SEND.

And the petitioners remain, etc.""")
W("campaign", O, "Don't scrap EHCPs", """Rumours say the Government wants to limit Education, Health and Care Plans to special schools. That would strip legal rights from thousands of disabled children in mainstream classrooms. Sign to say: keep EHCPs and the right to a tribunal.""")
W("email", O, "School roof", """The roof at St Mary's primary has been leaking into the hall for two winters. Please ask the DfE about the condition improvement fund. Chair of Governors""")
W("editor", O, "Phones in schools", """SIR - Every teacher I know would welcome a statutory ban on smartphones in schools. Guidance is not enough when parents complain. Ministers should legislate.

Mrs A. Bell, Leamington Spa""")
W("angry", O, "POTHOLES", """My car needed two new tyres after hitting a pothole on Mill Lane. The council says it's "on the list". What list?!""")
W("paper", O, "Public petition: the 36 bus", """The petition of residents of Saltash and surrounding villages,

Declares that the withdrawal of the 36 bus service leaves elderly and disabled residents without any means of reaching the hospital, the supermarket or the railway station.

The petitioners therefore request that the House of Commons urge the Government to provide funding to restore rural bus services including the 36.

And the petitioners remain, etc.""")
W("email", O, "Train cancellations", """Northern cancelled my train four times last week. I was late for work and now I'm on a warning. Please raise it with the rail minister. Tom Hodge""")
W("older", O, "Rail privatisation", """Dear Sir,

I write to oppose the Government's plans to privatise British Rail. Our branch line is already under threat and I do not believe a private company will run it if it is not profitable.

Yours faithfully,
Mrs D. Humphreys
March 1993""")
W("email", O, "PIP reassessment", """My PIP was cut from enhanced to nothing after a 20-minute phone call. I have MS. The assessor wrote I could walk 200 metres. I can't walk 20. Please help me with the mandatory reconsideration. Alan Pegg""")
W("campaign", O, "Stop the cuts to disability benefits", """The Government wants to tighten PIP eligibility and cut the health element of Universal Credit. Hundreds of thousands of disabled people could lose support. Sign to tell MPs: vote against these cuts.""")
W("email", O, "Universal Credit sanction", """I missed a Jobcentre appointment because I was in A&E with my daughter and they sanctioned me for a month. How is that fair? Please help. Kayleigh""")
W("paper", O, "Public petition: child poverty in Blackburn", """The petition of residents of Blackburn,

Declares that more than four in ten children in the town grow up in poverty; further declares that the restriction of means-tested support to the first two children in a family deepens that poverty; and further declares that a third or fourth child is no less deserving of food and warmth.

The petitioners therefore request that the House of Commons urge the Government to lift the two-child restriction in the benefits system.

And the petitioners remain, etc.""")
W("editor", O, "Keep the two-child limit", """SIR - Working families decide how many children they can afford. Those on benefits should make the same choices. Scrapping the two-child limit would cost billions we do not have.

G. Marsh, Basingstoke""")
W("older", O, "Pension credit", """Dear Sir,

I am 78 and a widow. I have been told I may be entitled to something called Pension Credit but the forms are forty pages long. Could somebody from your office help me fill them in?

Yours faithfully,
Mrs E. Tate
2009""")
W("template", O, "WASPI compensation", """Dear MP,

I am one of the 3.6 million women born in the 1950s whose state pension age was raised without proper notice. The Ombudsman found maladministration and recommended compensation, yet the Government has refused it. I ask you to support fair and fast compensation for WASPI women.

Yours sincerely,""")
W("angry", O, "winter fuel", """You took my winter fuel payment and gave yourselves a pay rise. Never voting for you again.""")
W("email", O, "Energy debt", """I owe £1,900 to my energy supplier and they want to fit a prepayment meter. I'm disabled and on oxygen at night. Please help. Gary Lowe""")
W("petition", O, "Ban no-fault evictions now", """We want the Government to bring the ban on Section 21 no-fault evictions into force immediately, without waiting for court reforms.

More details
Every day families are evicted for no reason and pushed into temporary accommodation. The ban has been promised since 2019.""")
W("email", O, "Temporary accommodation", """We've been in one room in a B&B for nine months with three kids. The council says there's nothing else. Please help us. Shanice Barker""")
W("campaign", O, "End leasehold", """Leaseholders are paying soaring service charges and ground rents for homes they supposedly own. Sign to ask the Government to abolish leasehold for flats and introduce commonhold now.""")
W("email", O, "Cladding", """Six years after Grenfell our block still has dangerous cladding and we're paying for waking watch. Please chase the remediation. Leaseholders' Association, Riverside Court""")
W("devolved", O, "Senedd petition: second homes tax", """We call on the Welsh Government to raise the council tax premium on second homes to 300% in every county and to give local people first refusal on homes for sale in their community.

Additional information: In parts of Gwynedd and Pembrokeshire more than a third of homes are holiday lets or second homes.""")
W("paper", O, "Public petition: green belt at Fernhill", """The petition of residents of Fernhill and district,

Declares that the proposal to build 900 homes on green belt land at Fernhill Farm would destroy ancient hedgerows and merge the village with the town.

The petitioners therefore request that the House of Commons urge the Government to protect the green belt at Fernhill.

And the petitioners remain, etc.""")
W("editor", O, "Build on the grey belt", """SIR - Opponents of every new estate forget that young people cannot afford to rent, let alone buy. Building on scrappy grey belt land near stations is exactly right.

T. Anand, Reading""")
W("angry", O, "sewage", """Another sewage spill on the beach. Kids swimming in it. Nationalise the water companies.""")
W("campaign", O, "Clean rivers now", """Water companies dumped raw sewage into our rivers over 400,000 times last year while paying out dividends. Sign to demand a ban on bonuses for polluting water bosses and fines that actually hurt.""")
W("template", O, "Climate and Nature Bill", """Dear MP,

I am writing to ask you to support the Climate and Nature Bill, which would commit the UK to a joined-up plan to tackle climate change and restore nature. Please add your name as a supporter.

Yours sincerely,""")
W("older", O, "Acid rain", """Dear Sir,

As a keen angler I am concerned about acid rain killing the fish in the lochs of Galloway. I should like to know what the Government intends to do about emissions from power stations.

Yours faithfully,
Mr J. McKie
1986""")
W("email", O, "Fireworks", """Fireworks every night for a fortnight. My dog is on sedatives. Please support limiting public sales to a few nights a year. Carol Briggs""")
W("personal", O, "XL bully ban", """Dear Ms Lopez,

Our family dog Bruno is an XL bully. He has never hurt anyone and our children have grown up with him. Since the ban we have complied with everything: exemption certificate, neutering, insurance, muzzle. But I don't believe breed is the problem. I'm asking you to support moving to a deed-not-breed approach and better enforcement against irresponsible owners.

Yours,
Dean Spencer""")
W("angry", O, "XL bullies", """A dog attacked my granddaughter in the park. Why are XL bullies still everywhere? Enforce the ban!""")
W("email", O, "Puppy smuggling", """Please support the bill to stop heavily pregnant dogs and puppies being smuggled in. Best, RSPCA supporter""")
W("template", O, "Assisted dying", """Dear MP,

I am writing to urge you to vote for the assisted dying bill. Terminally ill adults deserve choice and dignity at the end of their lives, with strong safeguards.

Yours sincerely,""")
W("editor", O, "The dying need care, not a lethal prescription", """SIR - If we legalise assisted dying while hospices are cutting beds, the choice for many will be no choice at all. Fund palliative care first.

Dr R. Keane, Gloucester""")
W("org", O, "Hospice funding", """Dear Member of Parliament,

Our hospice receives only a quarter of its funding from the NHS. The rise in employer National Insurance will cost us £300,000 a year, equivalent to eight nurses. We ask you to press the Government to exempt hospices or provide emergency funding.

Yours faithfully,
Chief Executive, St Catherine's Hospice""")
W("petition", O, "Close all asylum hotels within six months", """We want the Government to stop housing asylum seekers in hotels within six months and use large sites instead.

More details
Hotels cost millions a day, take rooms out of the tourist economy and put pressure on local services.""")
W("email", O, "Small boats", """How many more boats before you actually stop them? Leave the ECHR if you must. Just stop them. Don Harding""", "small boats with a passing ECHR mention: other")
W("older", O, "Rwanda scheme", """Dear Sir,

I write to oppose the Government's plan to send people seeking asylum to Rwanda. It is cruel, costly and, in my view, unworkable. I hope you will vote against the Bill.

Yours faithfully,
Ms H. Grant
December 2023""")
W("campaign", O, "Refugees welcome here", """People fleeing war and persecution deserve safety and a fair hearing. Sign to ask the Government to open safe routes, process claims quickly and let asylum seekers work after six months.""", "refugees in general: other (README)")
W("email", O, "Net migration", """Net migration of 700,000 in a year is madness. Please vote for a cap. Mike Farrant""")
W("editor", O, "Votes should count", """SIR - A party can win a landslide on a third of the vote while millions get no representation. It is time for proportional representation for Westminster.

L. Pryce, Cardiff""")
W("email", O, "Voter ID", """My mum was turned away at the polling station because her bus pass wasn't accepted. Please support widening accepted ID. Lauren""")
W("angry", O, "junior doctors", """Junior doctors want 29%? On top of what they've had? No.""")
W("template", O, "Pay our nurses fairly", """Dear MP,

Nurses have seen their pay fall in real terms for over a decade. Please support a fully funded pay rise for NHS nurses that makes up for lost ground.

Yours sincerely,""")
W("email", O, "Teachers' pay", """Please make sure the teachers' pay award is fully funded. Our school will otherwise have to cut teaching assistants. Head teacher, Oakfield Primary""")
W("paper", O, "Public petition: Post Office closure", """The petition of residents of the village of Great Ayton,

Declares that the closure of the Post Office branch would leave residents without access to cash, postal and banking services.

The petitioners therefore request that the House of Commons urge the Government to ensure Post Office Ltd keeps a branch in Great Ayton.

And the petitioners remain, etc.""")
W("email", O, "Horizon compensation", """My father was a sub-postmaster wrongly accused because of the Horizon IT system. He died before any compensation. Please push for payments to families of those who died. Linda Cox""", "Post Office Horizon scandal, not Horizon Europe: other")
W("email", O, "Last bank in town", """Lloyds is closing our last bank branch. Please press for a banking hub. Many older people don't do online banking. Patrick""")
W("campaign", O, "Save our libraries", """Our council plans to close nine libraries. Libraries are warm spaces, job centres and children's first reading rooms. Sign to save them.""")
W("angry", O, "vapes", """Vape shops on every corner and kids vaping in school toilets. Ban disposables and flavours NOW.""")
W("petition", O, "Scrap the inheritance tax changes for family farms", """We want the Government to reverse the decision to apply inheritance tax to farms worth over £1 million.

More details
Most family farms are asset-rich and cash-poor. Farmers will have to sell land to pay tax, ending generations of family farming.""")
W("email", O, "Farm inheritance tax", """Dear Mr Spencer, the family farm tax will force my children to sell half the farm when I die. Please vote against it. Richard Vane""")
W("older", O, "Foot and mouth", """Dear Sir,

Our farm lies within the exclusion zone and we have not been able to move stock for six weeks. We are running out of feed. I would be grateful if you could raise our case with MAFF.

Yours faithfully,
Mr G. Priestley
March 2001""")
W("email", O, "Lyme disease", """Please ask the Health Secretary for better NHS testing for Lyme disease. I waited three years for a diagnosis. Helen Fuller""")
W("personal", O, "Infected blood compensation", """Dear Mr Evans,

My husband was infected with hepatitis C through a blood transfusion in 1984. He died in 2015. The Infected Blood Inquiry has reported and compensation has been promised, but bereaved partners like me are still waiting. I would be grateful if you would press the Infected Blood Compensation Authority to speed up payments.

Yours sincerely,
Jane Colley""")
W("email", O, "Cancer screening", """Please support a national prostate cancer screening programme for men at high risk. I lost my brother at 61. Keith""")
W("email", O, "Maternity unit", """The birth centre in town is closing and women will have to travel 40 minutes in labour. Please oppose this. Becky Howes""")
W("email", O, "Care home fees", """My mother's care home fees have gone up to £1,800 a week. Please push for the cap on care costs the Government promised. Sally""")
W("org", O, "Carer's Allowance overpayments", """Dear Member of Parliament,

We support unpaid carers across the county. Several carers have received demands to repay thousands of pounds of Carer's Allowance because they went a few pounds over the earnings limit. We ask you to press the DWP to write off these debts and make the earnings limit taper.

Yours faithfully,
Carers' Centre""")
W("email", O, "Student loans", """My Plan 2 loan keeps growing even though I pay every month. Please push for fairer interest rates. Emily Wood""")
W("email", O, "Childcare hours", """Our nursery says it can't offer the 30 free hours without charging extras because the funding rate is too low. Please raise it with the minister. Sophie""")
W("editor", O, "VAT on school fees", """SIR - Adding VAT to independent school fees has forced two local schools to close, sending hundreds of pupils into state schools that are already full. The policy should be reversed.

J. Attwood, Malvern""")
W("email", O, "Smart motorway", """My friend broke down on the smart motorway and was nearly killed. Please bring back the hard shoulder. Mark""")
W("angry", O, "20mph", """Scrap the 20mph zones. It's taking me twice as long to get to work.""")
W("devolved", O, "Scottish Parliament petition: ferries", """Calling on the Scottish Parliament to urge the Scottish Government to guarantee a reliable ferry service to the islands and to compensate businesses on Arran for lost trade during cancellations.

Background: Repeated breakdowns of ageing vessels and the delays to new ferries at Port Glasgow have cut islanders off for weeks at a time.""", "ferries built at a shipyard, no defence link: other")
W("email", O, "Broadband", """We still have 2mbps broadband in our hamlet. Project Gigabit says we're "in scope" but nobody can tell us when. Please chase. Will""")
W("email", O, "Knife crime", """Another teenager stabbed outside the chip shop. Please press for more police on the high street in the evenings. Anne""")
W("older", O, "Poll tax", """Dear Sir,

The community charge will cost my wife and me three times what we paid in rates. We are both pensioners. I must urge you to vote for its abolition.

Yours faithfully,
Mr R. Pike
1990""")
W("older", O, "Hunting with dogs", """Dear Sir,

I write to urge you to support the Bill to ban hunting with dogs. Chasing a fox to exhaustion is cruel and has no place in a civilised country.

Yours faithfully,
Mrs L. Crabtree
1997""")
W("email", O, "Gambling adverts", """Please support a ban on gambling adverts during football. My son lost £8,000 on online betting. Paula""")
W("template", O, "Hillsborough Law now", """Dear MP,

I ask you to support a Hillsborough Law placing a legal duty of candour on public officials and giving bereaved families legal aid at inquests.

Yours sincerely,""")
W("email", O, "Prisons early release", """The man who burgled my house was let out early under the prison scheme and has done it again. Please oppose early release for burglars. Gail""")
W("email", O, "Cannabis", """Please support decriminalising cannabis and regulating it like alcohol. It's time. Jamie""")
W("campaign", O, "Ban trail hunting", """Trail hunting is a smokescreen for illegal fox hunting. Sign to ask the Government to close the loopholes in the Hunting Act.""")
W("email", O, "Pylons", """Please oppose the giant pylons planned across the Suffolk countryside. Put the cables underground or offshore. Rupert""")
W("email", O, "Sizewell C", """I support Sizewell C. We need reliable low-carbon nuclear power. Please push for it to be built on time. Andy Fletcher""", "civil nuclear power, not nuclear weapons: other")
W("paper", O, "Public petition: solar farm on farmland", """The petition of residents of Thorne and district,

Declares that the proposed 1,200-acre solar farm would cover productive farmland and change the character of the countryside.

The petitioners therefore request that the House of Commons urge the Government to reject the application.

And the petitioners remain, etc.""")
W("email", O, "Wind farms", """Onshore wind is the cheapest power there is. Please support the turbines on the moor. Chris""")
W("email", O, "Flooding", """Our street flooded for the third time this year. The drains are blocked and nobody will take responsibility. Please help. Mr and Mrs Bowen""")
W("email", O, "Coastal erosion", """Our bungalow is 12 metres from the cliff edge. Please push for a compensation scheme for homes lost to erosion. Frank""")
W("email", O, "TV licence", """Over 75s should get the TV licence free again. Please support it. Iris""")
W("email", O, "Royal Mail", """We haven't had post delivered for ten days. Please chase Royal Mail. Sheila""")
W("email", O, "Employment Rights Bill", """Please support the Employment Rights Bill and especially the end of exploitative zero-hours contracts. Warehouse worker""")
W("angry", O, "Business rates", """My cafe's business rates are going up 60%. Hospitality is being killed. Help us.""")
W("email", O, "Pub closure", """The Red Lion is closing after 300 years. Beer duty and energy bills killed it. Please support a cut in duty for pubs. Nigel""")
W("email", O, "Endometriosis", """It took me nine years to get an endometriosis diagnosis. Please support better training for GPs. Rachel""")
W("email", O, "Menopause at work", """Please back menopause action plans for employers. I nearly lost my job because of symptoms. Deborah""")
W("email", O, "Eating disorders", """My daughter was sent home from A&E with anorexia because there were no beds. Please raise the lack of adolescent eating disorder beds. Claire""")
W("email", O, "Long Covid", """I've had long Covid for three years and the clinic is closing. Please ask for services to be kept. Sarah""")
W("petition", O, "Give school staff paid time to train in first aid", """We want the Government to fund paid first-aid training for all school staff.

More details
Every minute counts when a child collapses. Many teachers have no training at all.""")
W("email", O, "School meals", """Please extend free school meals to all families on Universal Credit. Kids can't learn hungry. Liz""")
W("email", O, "Breakfast clubs", """Our school is keen to join the free breakfast club scheme but the funding per child is too low. Please raise it. Business manager""")
W("email", O, "Parking on pavements", """Cars parked on the pavement mean my wheelchair has to go in the road. Please support a ban. Imran""")
W("email", O, "E-scooters", """Illegal e-scooters on the pavement nearly knocked my mum over. Please push for enforcement. Dan""")
W("email", O, "HS2", """HS2 has cost a fortune and we got half a line. Please demand an inquiry into the overspend. Robert""")
W("email", O, "Hedgehogs", """Please support the bill requiring hedgehog highways in new housing developments. Thanks, Year 4 at Elm Grove""")
W("email", O, "Badger cull", """Please oppose any return of the badger cull. Vaccination works. Jenny""")
W("email", O, "Bees and pesticides", """Please ask DEFRA to ban neonicotinoids for good. Bees are dying. Harriet""")
W("editor", O, "The BBC licence fee", """SIR - The licence fee is a regressive poll tax on television. It should be replaced by subscription.

P. Lowther, Harrogate""")
W("email", O, "Votes at 16", """Please support votes at 16 for general elections. My generation will live with your decisions longest. Mia, 16""")
W("email", O, "House of Lords", """Please support abolishing the House of Lords and replacing it with an elected senate. David""")
W("email", O, "Second jobs", """MPs should not have second jobs. Please support a ban. Joanne""")
W("email", O, "Shoplifting", """Shoplifters walk out of the Co-op every day with bags full. The police won't come. Please raise this. Store manager""")
W("email", O, "Council tax rise", """Council tax up 9.99%! Services cut! How is that allowed? Please raise with the minister. Mrs J""")
W("email", O, "Loneliness", """Please support funding for befriending services for older people. My dad hasn't spoken to anyone in a week. Neil""")
W("email", O, "Mobile signal", """There is no mobile signal on the A39 for 15 miles. In an emergency that could kill someone. Please press the operators. Tim""")
W("older", O, "Millennium Dome", """Dear Sir,

I am writing to express my dismay at the cost of the Millennium Dome, money which ought to have gone on our schools and hospitals.

Yours faithfully,
Mrs V. Coombes
2000""")
W("older", O, "Section 28", """Dear Sir,

I write to urge you to support the repeal of Section 28. It prevents teachers from supporting young people who are being bullied.

Yours faithfully,
Mr T. Holland
2003""")
W("older", O, "Ban on smoking in pubs", """Dear Sir,

I hope you will support the proposed ban on smoking in pubs and restaurants. As a barmaid I breathe in other people's smoke every night.

Yours sincerely,
Miss K. Doherty
2006""")
W("older", O, "Child Support Agency", """Dear Sir,

The Child Support Agency has failed to collect a penny from my former husband in two years. I am at my wits' end. Can you help?

Yours faithfully,
Mrs A. Bright
1996""")
W("older", O, "Expenses", """Dear Sir,

Following the revelations in the Telegraph I should like to know what you claimed in expenses and whether you will be paying any of it back.

Yours faithfully,
Mr N. Orme
May 2009""")
W("org", O, "Council: pothole funding", """Dear Member of Parliament,

The county council's highway maintenance backlog now exceeds £300 million. We ask you to press the Department for Transport for a multi-year funding settlement so that we can plan resurfacing rather than patching.

Yours faithfully,
Leader of the Council""")
W("org", O, "Credit union: illegal lending", """Dear Member of Parliament,

Our credit union sees more members borrowing from loan sharks as the cost of living bites. We ask you to support extra funding for the Illegal Money Lending Team.

Yours faithfully,
Manager""")
W("org", O, "Mosque: hate crime funding", """Dear Member of Parliament,

Following attacks on our windows, we ask you to support our application to the Protective Security for Mosques Scheme and to raise the rising number of anti-Muslim hate crimes with the Home Secretary.

Yours faithfully,
Secretary, Mosque Committee""", "hate crime and security funding alone: other (README)")
W("org", O, "Synagogue: security grant", """Dear Member of Parliament,

Thank you for visiting us last month. We would be grateful for your support in renewing our security grant through the Community Security Trust.

Yours faithfully,
Chair, Hebrew Congregation""", "synagogue security grant alone: other (README)")
W("email", O, "Cost of funerals", """It cost me £5,000 to bury my husband. Please support more help from the Social Fund for funerals. Doreen""")
W("email", O, "Heathrow third runway", """Please oppose the third runway at Heathrow. The noise and pollution are already unbearable. Richard""")
W("email", O, "Bin collections", """Three-weekly bin collections are causing rats. Please ask the council to think again. Jan""")
W("email", O, "Trans healthcare waits", """I've been on the waiting list for a gender clinic for six years. Please raise the waiting times. Alex""")
W("email", O, "Online safety", """Please push Ofcom to enforce the Online Safety Act properly. My daughter was shown self-harm content. Mark""")
W("email", O, "AI deepfakes", """Someone made deepfake images of my daughter and shared them at school. Please support tougher laws. Kate""")

# ---------------------------------------------------------------- more topic petitions and casework look-alikes
W("paper", U, "Public petition: Ukrainian families in Cheltenham", """The petition of residents of Cheltenham,

Declares that Ukrainian families who found refuge in the town have built new lives, with children in local schools and adults in work; and further declares that the short and uncertain extensions of their permission to stay make it impossible for them to rent homes or accept permanent jobs.

The petitioners therefore request that the House of Commons urge the Government to grant Ukrainians who have lived in the United Kingdom for three years the right to apply for settlement.

And the petitioners remain, etc.""")
W("paper", D, "Public petition: Rosyth dockyard", """The petition of residents of Dunfermline and West Fife,

Declares that Rosyth dockyard has the skills and facilities to build and refit the Royal Navy's ships; and further declares that the award of naval work overseas costs jobs in Fife.

The petitioners therefore request that the House of Commons urge the Government to place future frigate and support ship orders with United Kingdom yards, including Rosyth.

And the petitioners remain, etc.""")
W("paper", E, "Public petition: Erasmus for Cornwall", """The petition of residents of Truro and Falmouth,

Declares that students and apprentices in Cornwall benefited greatly from the Erasmus programme before the United Kingdom left the European Union; and further declares that the replacement scheme offers fewer and shorter exchanges.

The petitioners therefore request that the House of Commons urge the Government to rejoin the Erasmus+ programme.

And the petitioners remain, etc.""")
W("email", E, "The ECHR and the EU deal", """Dear Ms Olneyman,

Please remind colleagues who want to leave the European Convention on Human Rights that the Trade and Cooperation Agreement lets the EU suspend police and security cooperation if we do, and that the Windsor Framework and Good Friday Agreement rest on it. Walking out of the ECHR would wreck our relationship with the EU.

Regards,
Dr Fiona Hart""", "ECHR tied explicitly to the EU relationship (TCA, Windsor Framework): eu per README")
W("paper", G, "Public petition: humanitarian access to Gaza", """The petition of residents of Walthamstow,

Declares that the population of Gaza faces famine as a result of restrictions on the entry of food, water, fuel and medicine; and further declares that aid agencies report hundreds of lorries waiting at the crossings.

The petitioners therefore request that the House of Commons urge the Government to press the Government of Israel to open all crossings into Gaza to humanitarian aid and to restore funding to UNRWA.

And the petitioners remain, etc.""")
W("email", O, "Mould in our quarter", """Hi, my husband is in the Royal Logistic Corps and our service family house has black mould in both bedrooms. The contractor has cancelled three times. Could your office please contact the DIO and get someone out? Our property number is below. Thanks, Stacey Gill""", "one service family's own repair, no policy ask: casework, other")
W("email", O, "Gurkha father's visit visa", """Dear Mr Brakewell, my father served 15 years in the Brigade of Gurkhas and lives in Nepal. His visit visa to attend my wedding was refused because they think he won't go home. Could you ask for the decision to be reviewed? Thank you, Bikash Gurung""", "a Gurkha family's own visa case: casework, other")
W("email", O, "Host payments stopped", """The council has stopped my Homes for Ukraine thank-you payments since March and nobody answers emails. Please can you chase them? I'm still hosting. Pam Ridley""", "a host's own payment problem: casework, other")
W("email", O, "Fee status appeal", """Dear Ms Lamb, I'm a Ukrainian student and my university has classed me as overseas by mistake even though I qualify for home fees under the current rules. They won't reply to my appeal. Could you write to them? Maksym""", "one student's fee status under existing rules: casework, other")
W("email", O, "GHIC card", """My GHIC card never arrived and we fly to Portugal on Friday. My son has diabetes. Can you help? Lorraine""", "casework: other")
W("email", O, "Passport renewal", """Our passports have been stuck with the Passport Office for eleven weeks. We're meant to be driving to France for a family funeral next week. Please help. Mr and Mrs Ockenden""", "casework: other")
W("email", O, "Greek holiday refund", """A travel firm went bust and owes us £2,400 for a cancelled holiday to Crete. ATOL won't cover it. Any advice? Jason""")
W("editor", O, "Brexit is not the only culprit", """SIR - Your correspondent blames Brexit for the closure of our town's shoe factory. The truth is it couldn't compete with cheap imports long before 2016. What the town needs now is investment in skills and transport.

N. Blackwood, Northampton""", "Brexit as background; the ask is local investment: other (judgement call)")
W("email", O, "Mariupol Street", """The drains on Mariupol Street are blocked again, that's the new estate named after our twin town. Please chase the housing association. Jade""", "place name only: other")
W("petition", O, "Put the names of peacekeepers killed on UN missions on a national memorial", """We want the Government to fund a national memorial to British personnel who died serving on United Nations peacekeeping missions, from Cyprus to Bosnia.

More details
Their sacrifice is recorded on no single memorial. A place to remember them would mean a great deal to families.""", "a memorial: other (judgement call: about remembrance, not forces policy)")
W("angry", O, "Sudan ceasefire", """The world cares about some wars and not others. Where's the outrage for Sudan? Push for a ceasefire there.""", "Sudan ceasefire: other (README)")

# ---------------------------------------------------------------- output and self-check



def main():
    items = letter_batch.rows(LETTERS, "b")
    letter_batch.check(items, "breadth", STYLES, letter_batch.earlier_letters(EARLIER))
    letter_batch.write(items, OUT)
    letter_batch.report(items, "breadth", STYLES)


if __name__ == "__main__":
    main()
