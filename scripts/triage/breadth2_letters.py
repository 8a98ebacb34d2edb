"""Second sub-theme breadth batch of training letters (templates/training/breadth2.jsonl), written one by one.

Why: on real public letters the classifier still misses letters whose sub-theme the training data covers thinly
(EU nationals' rights after the referendum, settled status as registration, extending or revoking Article 50, fishing
framed as EU waters, the 90/180-day rule, Trident's cost and its Scottish base, Gurkha justice, veterans' PTSD
centres, nuclear test veterans' medals, keeping a warship or a unit, letting the US use British bases, visa extensions
for Ukrainians, civilians trapped in a besieged steelworks, the Crimea referendum, Palestinian family visas, Al-Aqsa
and evictions, the right to boycott Israel, settlement goods), and it sometimes adds "defence" to letters that are
only about arming Ukraine. So this batch covers each of those sub-themes three to five letters at a time, on both
sides of each argument where there are sides, mostly in the public's styles (short e-petitions, paper petitions,
letters to the editor, campaign templates, short angry emails, older wording from 2009 to 2019, several letters of
one or two sentences), and includes several letters asking for weapons, ammunition, depleted-uranium shells or
cluster munitions "to finish the job" that are labelled ukraine ONLY (no defence-spending or defence-industry ask).
About half of the "other" letters are hard negatives sharing this vocabulary with no policy ask on our topics
(leaving the ECHR without an EU tie, executions in Iran, Myanmar and the Rohingya, Kashmir, military action or a
no-fly zone over Syria, Saudi arms and Yemen, "genocide" trade bans naming no country, war memorials and
remembrance, civilian widows' pensions, imperial measures, European football bodies, public sector pay, buses, a
Northern Ireland citizens' assembly, one veteran's or one Ukrainian's own casework, UK fleets sharing quota among
themselves); the rest is ordinary constituency mail in the same styles.

Every letter is its own text (no skeletons, no slots): ids are e0001... in the order below. Labels follow
templates/training/README.md: a letter gets a topic only when it asks the MP to act on, or states a view about, that
topic's policy. Where the label needed judgement the entry carries a "note" (also written to the JSON line).
Names and places are invented. None of this text is copied or paraphrased from any real petition, campaign or
published letter; it was written for this corpus, and no evaluation set was read.

Run (standard library only, deterministic):

    /usr/bin/python3 scripts/triage/breadth2_letters.py

It writes templates/training/breadth2.jsonl, checks the letters (unique ids, unique bodies, known labels and styles,
no two letters sharing 60% or more of their words, and no letter sharing 60% or more of its words with any letter in
realworld.jsonl, extra.jsonl or breadth.jsonl) and prints the counts per label and per style.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import letter_batch  # noqa: E402
from letter_batch import D, E, G, O, U  # noqa: E402

OUT = os.path.join(letter_batch.TRAINING, "breadth2.jsonl")
EARLIER = letter_batch.training_files("realworld.jsonl", "extra.jsonl", "breadth.jsonl")
STYLES = letter_batch.PUBLIC_STYLES

LETTERS, W = letter_batch.collector()


FINISH = "weapons for Ukraine to win, no defence-spending or defence-industry ask: ukraine only"

# ---------------------------------------------------------------- ukraine
# visa extensions and settlement
W("petition", U, "Extend Ukrainian visas automatically until the war ends", """We want the Government to extend the permission of every Ukrainian here under the Ukraine schemes automatically, for as long as the war continues, without fresh applications or fees.

More details
Every renewal window brings months of anxiety: employers hesitate, landlords refuse tenancies and children do not know which school year they will finish. A rolling automatic extension would remove that fear.""")
W("email", U, "Settlement for Ukrainians who have made a life here", """Dear Ms Brackenbury,

I employ two Ukrainian welders who arrived in 2022. Both are first-rate and both are now asking me whether they should leave because their visas give them no path to staying. Please ask the Home Office to let Ukrainians with three years here apply for indefinite leave. Businesses like mine need the certainty as much as they do.

Regards,
Gareth Pollard, Pollard Fabrications""")
W("angry", U, "Ukrainian visas", """Extend them again? It was meant to be temporary. No more extensions, they should go home when it's safe.""", "against extending Ukrainian visas: still a view on Ukraine refugee policy")
W("paper", U, "Public petition: security of status for Ukrainian refugees", """The petition of residents of the constituency of Thornbury Vale,

Declares that Ukrainians given sanctuary in the United Kingdom have been granted only short periods of permission; further declares that this leaves them unable to plan their lives or contribute fully; and further declares that other countries have given longer protection.

The petitioners therefore request that the House of Commons urge the Government to grant Ukrainian refugees a minimum of five years' leave and a route to settlement.

And the petitioners remain, etc.""")
# waiving visas / open the border
W("angry", U, "VISAS", """Poland took two million with no paperwork and we want biometric forms from grandmothers in a war zone. Scrap the visas.""")
W("older", U, "Refugees at Calais", """Dear Mr Linthwaite,

I was ashamed to read that Ukrainian families fleeing the bombing have been turned back at Calais and told to go to Paris or Brussels for a visa appointment. Please press the Home Secretary to set up a visa office at the port at once, or better still to lift the requirement altogether as Ireland has done.

Yours sincerely,
Beryl Ashcombe
6 March 2022""")
W("editor", U, "Visa-free entry is a risk worth taking", """SIR - The Home Office tells us visa checks on Ukrainians are needed for security. The Irish have let them in without visas and the sky has not fallen. Checks can be made once people are safely here. Britain should scrap the requirement for Ukrainian passport holders now.

Hon. Mrs F. Delacourt, Wells""")
# besieged city / steelworks
W("petition", U, "Help evacuate the civilians trapped in the Azovstal steelworks", """The Government should use every diplomatic means, with the UN and the Red Cross, to secure safe passage out of the Azovstal steel plant for the women, children and wounded trapped under siege in Mariupol.

More details
Hundreds of civilians are sheltering in bunkers beneath the steelworks with little food or water while the plant is bombarded daily. A humanitarian corridor is their only hope.""")
W("email", U, "Humanitarian corridors", """Dear Mr Stobart,

The people of Mariupol have been encircled for weeks. Please urge the Foreign Secretary to push for guaranteed humanitarian corridors out of the besieged city, monitored by the UN, and to offer British help with buses and supplies.

Yours,
Jean Marlowe""")
W("campaign", U, "Save the defenders of Mariupol", """The last defenders of Mariupol and the civilians sheltering with them have nowhere left to go. Sign our petition calling on the UK to press for an internationally guaranteed extraction, before the siege ends in a massacre. No more sieges without rescue.""")
# Crimea referendum
W("older", U, "Crimea vote", """Dear Sir,

The so-called vote in Crimea last Sunday was held with Russian soldiers on the streets and no independent observers. I trust the Government will refuse to recognise it and will press our European partners to do the same. Please let me know what representations you are making.

Yours faithfully,
Alistair Munro
20 March 2014""")
W("email", U, "Crimea chose Russia", """Dear Mr Oddie,

Most people in Crimea speak Russian and, whatever we think of how it was done, they voted to join Russia in 2014. Britain should accept reality and recognise the result as part of a peace settlement instead of prolonging the war. Please pass this view on.

Regards,
Trevor Pask""", "argues for recognising the Crimea referendum: a view on Ukraine policy")
W("angry", U, "crimea", """Crimea is Ukraine. Never recognise Putin's fake referendum, not in any deal, ever.""")
# tools to finish the job (ukraine only)
W("petition", U, "Give Ukraine the weapons it needs to win", """We want the Government to give Ukraine all the weapons it asks for, long-range missiles, tanks and artillery, and to drop every restriction on how it uses them against Russian forces.

More details
Half-measures have let Russia dig in. Ukraine has shown it can win if it is properly equipped. Give them the tools and let them finish the job.""", FINISH)
W("angry", U, "Finish the job", """Give Ukraine the tools to finish the job. Stop drip-feeding them!!""", FINISH)
W("email", U, "Long-range missiles", """Dear Ms Pendlebury, please urge the Government to send Ukraine more long-range missiles and let them strike the airfields the bombers fly from. They cannot win by only shooting down what has already been launched. Thanks, Ruth Oakes""", FINISH)
W("template", U, "Arm Ukraine now", """Dear MP,

Ukraine's soldiers are rationing artillery shells while Russia fires five for every one of theirs. I am asking you to press ministers to send Ukraine the artillery, armoured vehicles and missiles it needs, as fast as possible and with no strings on their use against occupying forces. Ukraine is not asking for our soldiers, only our support.

Yours sincerely,
[Name]""", FINISH)
W("editor", U, "Too little, too late", """SIR - For three years the West has handed Ukraine just enough weapons to survive and never enough to win. Every system was debated for months and then delivered in penny packets. If ministers mean what they say, they should give Kyiv what it needs to drive Russia out, and give it now.

G. Tennant, Harrogate""", FINISH)
# depleted uranium / cluster munitions (ukraine only)
W("email", U, "Depleted uranium shells", """Dear Mr Fennimore,

I am alarmed that the UK is sending depleted uranium rounds to Ukraine with the Challenger tanks. Whatever the military advantage, Ukrainian farmland will carry that contamination for generations. Please ask the Government to stop supplying them.

Yours,
Dr Helen Carradine""", "objects to DU ammunition for Ukraine: ukraine only")
W("editor", U, "Cluster bombs for Ukraine", """SIR - The United States is sending cluster munitions to Ukraine and Britain, a signatory of the convention banning them, is silent. Ukraine's own fields will be strewn with unexploded bomblets for decades. The Government should say clearly that it opposes their use, however desperate the fighting.

Rev. C. Ibbotson, Durham""", "cluster munitions for Ukraine: ukraine only")
W("angry", U, "DU rounds", """Depleted uranium is just dense metal, it's armour piercing, not a nuke. Send Ukraine as many rounds as they can fire and ignore the Kremlin's scare stories.""", "supports DU ammunition for Ukraine: ukraine only")
# peace talks now
W("campaign", U, "Talks not tanks", """The war in Ukraine has become a grinding stalemate costing hundreds of lives a day. Sign our call for the UK to back an immediate ceasefire on current lines and peace talks under UN auspices, instead of sending yet more weapons.""")
W("email", U, "Peace deal", """Dear Ms Varley,

I don't think Ukraine can retake all its territory and I don't think more young men should die trying. Please urge the Government to support negotiations now. A bad peace is better than an endless war.

Mike Haddow""")
W("editor", U, "Peace on Putin's terms", """SIR - Those calling for "peace talks now" in Ukraine never explain why Putin would keep a deal when he tore up every one before. A ceasefire now would freeze the occupation and give Russia time to rearm. The Government must reject any pressure on Kyiv to give up land.

Prof. M. Kowalczyk, Oxford""")
# obstacles to aid for Ukrainian refugees
W("template", U, "Remove the barriers for Ukrainian refugees", """Dear [MP],

Ukrainian refugees in our area tell us of the same obstacles again and again: banks refusing to open accounts without proof of address, councils demanding documents they cannot get, and GP practices turning them away. I ask you to press the Government to issue clear national guidance so that people on the Ukraine schemes can get the help they are entitled to.

Yours sincerely,
[Your name]""")
W("org", U, "Refugee support group: red tape for Ukrainians", """Dear Member of Parliament,

Our volunteer group in Pelham Bridge supports around ninety Ukrainians. Their biggest problems are not language or work but red tape: the requirement to re-register biometrics at distant centres, landlords who insist on twelve months' visa remaining, and the end of the tariff-free driving licence exchange period.

We ask you to urge ministers to remove these obstacles so that refugees can support themselves.

Yours faithfully,
Co-ordinator, Pelham Bridge Welcome""")
W("email", U, "Ukrainian drivers", """Dear Mr Quayle, Ukrainians can only drive here on their own licence for a year. Many are carers and delivery drivers. Please push for that limit to be lifted for everyone on the Ukraine schemes. Sue Garside""")
# children without passports
W("petition", U, "Let Ukrainian children without passports join their families in the UK", """The Government should allow Ukrainian children who have no passport to travel to the UK under the Ukraine schemes on the strength of a birth certificate and a parent's documents.

More details
Many children never had passports before the war, and passport offices in occupied areas are closed. Families have been split because the youngest cannot get a visa.""")
W("email", U, "Children without passports", """Please ask the Home Office to accept birth certificates for Ukrainian children fleeing the war who never had passports. It makes no sense to grant the mother a visa and leave the toddler behind. Chris Vane""")
W("editor", U, "Documents for the youngest refugees", """SIR - Ukrainian babies born since the invasion often have no passport at all. The Home Office should not insist on one before granting a visa. A simple emergency document, as Poland issues, would reunite families in days.

N. Ferrier, Carlisle""")
# banning Russia from sport
W("petition", U, "Keep Russian athletes out of international sport while the war lasts", """We want the Government to press the International Olympic Committee and every sports body to ban Russian and Belarusian athletes, including under a neutral flag, until Russia withdraws from Ukraine.

More details
Russia uses sporting success as propaganda for the war. Many of its athletes belong to army sports clubs. Neutral status is a fig leaf.""")
W("angry", U, "Russian tennis players", """Why are Russians allowed to play at Wimbledon when their country is bombing Ukraine? Ban them.""")
W("email", U, "Don't punish athletes", """Dear Ms Thackray,

I support Ukraine, but banning individual Russian athletes who have said nothing in favour of the war punishes people for their passports. Please urge the Government to let them compete as neutrals. Sport should not become another front.

Regards,
Paul Ekwueme""", "against a sports ban but about the war's sanctions: ukraine")
# more
W("older", U, "Sanctions after Crimea", """Dear Mr Cathcart,

I note the Prime Minister's remarks on Russia. I would urge you to press for sanctions with teeth: freezing the assets of those around Mr Putin and suspending Russia from the G8. Crimea must not become a precedent.

Yours sincerely,
Pamela Goode
March 2014""")
W("campaign", U, "Ukraine's grain must move", """Russian drones are hitting Odesa's ports and grain silos to starve the world into pressuring Ukraine. Sign our petition asking the UK to fund air defence for Ukraine's ports so its harvest can reach the countries that need it.""")

# ---------------------------------------------------------------- gaza
# Palestinian family visa scheme
W("petition", G, "Open a Gaza family scheme like the Ukraine Family Scheme", """We want the Government to let British citizens and settled residents sponsor close relatives trapped in Gaza to come to the UK, on the model of the Ukraine Family Scheme.

More details
There is currently no visa route for Gazans with family here. Other countries have evacuated relatives of their citizens. Britain should do the same before more of them are killed.""")
W("angry", G, "one rule for Ukrainians", """Ukrainians got a family visa in three weeks. Palestinians get nothing. Create a Gaza family scheme now.""")
W("email", G, "No special visa route for Gaza", """Dear Mr Ravensworth,

I am against any new visa scheme for people from Gaza. Hamas controls the territory and nobody can do proper security checks. Please vote against such a scheme and support aid to Gaza's neighbours instead.

Regards,
Colin Ashdown""", "opposes a Gaza visa scheme: a view on Gaza policy")
W("template", G, "Family reunion for Palestinians", """Dear MP,

Constituents of yours have parents, brothers and sisters in Gaza living in tents under bombardment. The normal family visa rules make it impossible for them to come here: they cannot reach a visa centre and cannot meet the income test. I ask you to press the Home Secretary to create a family reunion route for Gaza with biometrics taken after evacuation.

Yours sincerely,
[Name and postcode]""")
# Eurovision and Israel
W("petition", G, "Ask the BBC to withdraw from Eurovision if Israel takes part", """The Government should encourage the BBC to refuse to take part in the Eurovision Song Contest while Israel competes, as several European broadcasters have done, because of the war in Gaza.

More details
Eurovision excluded Russia over Ukraine. Letting Israel sing while Gaza is in ruins is a double standard that the UK should not lend its name to.""", "Eurovision argued through Israel's war in Gaza: gaza")
W("email", G, "Eurovision should not exclude Israel", """Dear Ms Hollingrove,

Israel has taken part in Eurovision for fifty years. Calls to throw it out over Gaza single out the one Jewish state in a way no other country is treated. Please say publicly that the UK opposes excluding Israel.

Thank you,
Naomi Bergman""", "view on Israel via Eurovision: gaza")
W("angry", G, "Eurovision", """If the BBC sends an act to sing alongside Israel while Gaza starves I'm cancelling my licence. The Government should say so too.""", "Eurovision argued through Gaza: gaza")
# Al-Aqsa and evictions
W("email", G, "Raids on Al-Aqsa", """Dear Mr Pemberton,

I watched Israeli police firing stun grenades inside Al-Aqsa mosque during Ramadan prayers. Worshippers were beaten and arrested. Please ask the Foreign Secretary to condemn these attacks on a holy site and to press Israel to respect the status quo in Jerusalem.

Yours,
Imran Qadir""")
W("paper", G, "Public petition: Al-Aqsa and East Jerusalem", """The petition of residents of Brierfield and Nelsonwick,

Declares that worshippers at Al-Aqsa Mosque in occupied East Jerusalem have repeatedly been attacked during prayer; further declares that Palestinian families in the neighbouring districts face eviction to make way for settlers; and further declares that these acts inflame tension across the region.

The petitioners therefore request that the House of Commons urge the Government to condemn violence against worshippers, to oppose the evictions and to make representations to the Government of Israel accordingly.

And the petitioners remain, etc.""")
W("editor", G, "Temple Mount violence", """SIR - Reports of "raids" on Al-Aqsa rarely mention that police entered after youths stockpiled rocks and fireworks inside the mosque to hurl at Jewish worshippers at the Western Wall below. Israel has a duty to keep order at the holiest site in Judaism. The Foreign Office should stop issuing one-sided statements.

B. Lazarus, Prestwich""")
W("older", G, "Silwan demolitions", """Dear Sir,

I have just returned from a church visit to Jerusalem where we met families in Silwan whose homes face demolition for an archaeological park. Eighty homes, over a thousand people. I urge you to raise this with the Foreign Secretary and press for the demolitions to be halted.

Yours sincerely,
Canon Jeremy Holt
November 2010""")
# BDS and anti-boycott laws
W("petition", G, "Scrap the bill banning public bodies from boycotting Israel", """We want the Government to drop its legislation stopping councils, universities and pension funds from taking their own ethical decisions to boycott or divest from Israel and its settlements.

More details
The right to boycott helped end apartheid in South Africa. Public bodies should be free to refuse to invest in companies profiting from occupation.""")
W("template", G, "Defend the right to boycott", """Dear MP,

The Economic Activity of Public Bodies (Overseas Matters) Bill would make it unlawful for my council pension fund to divest from companies involved in Israeli settlements, and would even gag councillors from saying they would like to. I ask you to vote against it and defend peaceful boycott as a legitimate response to occupation.

Yours sincerely,
[Name]""")
W("email", G, "BDS", """Dear Mrs Stricklow,

Please support the ban on councils boycotting Israel. BDS is not about settlements, it is about delegitimising Israel altogether, and local councils have no business running their own foreign policy. Thank you.

Rabbi D. Feldmann""", "supports the anti-boycott law: a view on Israel policy")
W("angry", G, "boycott", """I will boycott Israeli goods whatever your law says. Shameful that you would ban councils doing the same.""")
# settlement goods
W("campaign", G, "Ban goods from illegal settlements", """Supermarkets in the UK still sell fruit, wine and cosmetics made in Israeli settlements on occupied Palestinian land. The ICJ says the occupation is unlawful. Sign our petition calling on the Government to ban settlement goods from British shops.""")
W("editor", G, "Settlement goods ban", """SIR - Banning goods from the West Bank settlements would hurt the thousands of Palestinians who work in settlement factories far more than the settlers. Ireland's bill has achieved nothing but headlines. The Government should invest in Palestinian businesses instead of gesture politics.

S. Marcus, Bushey""", "against a settlement goods ban: a view on Israel/Palestine policy")
W("petition", G, "Ban the import of goods from Israeli settlements", """The Government should prohibit imports of goods produced in Israeli settlements in the occupied Palestinian territories.

More details
Settlements are illegal under international law. Trading in their products helps to sustain them.""")
# recognition of Palestine
W("older", G, "Commons vote on Palestine", """Dear Mr Elmore-Price,

Next Monday the House will debate a motion to recognise the State of Palestine alongside Israel. I hope you will be there to vote for it. Recognition would give moderate Palestinians hope that diplomacy can deliver what violence cannot.

Yours sincerely,
Judith Crane
October 2014""")
W("angry", G, "Recognise Palestine", """Recognise Palestine NOW. 140 countries have. What are we waiting for?""")
W("editor", G, "Recognition must follow negotiation", """SIR - Recognising a Palestinian state before there are agreed borders, a single government or a renunciation of terror is putting the cart before the horse. It removes the last incentive for a negotiated peace. The Government should keep recognition for the end of talks, not the beginning.

D. Winograd, Hendon""")
W("template", G, "Recognise the State of Palestine", """Dear [MP],

The Government says it supports a two-state solution, yet it recognises only one of the two states. I urge you to call on ministers to recognise Palestine now, unconditionally, as a step towards peace and in keeping with our historic responsibility.

Yours sincerely,
[Name]""")
# arms licences to Israel
W("petition", G, "Suspend all arms export licences to Israel", """We want the Government to suspend every export licence for weapons and military components to Israel while there is a clear risk they could be used in breach of international humanitarian law in Gaza.

More details
The UK's own criteria say licences must not be granted where there is such a risk. Suspending only some licences while exempting F-35 parts is not enough.""")
W("email", G, "Arms licences", """Dear Ms Gorringe, please publish the legal advice on arms exports to Israel and suspend the remaining licences. Thank you. Amelia Toft""")
W("editor", G, "Do not abandon an ally", """SIR - Suspending arms licences to Israel while it fights Hamas, Hezbollah and Iran's proxies sends exactly the wrong signal. The quantities are tiny, but the message to Tehran is loud. The Government should reinstate the licences and stand by a democratic ally.

R. Isaacs, Leeds""", "for resuming arms licences to Israel: gaza (no defence-industry ask)")
W("angry", G, "ARMS TO ISRAEL", """Not one more bullet, not one more bomb part. Stop the arms licences to Israel today.""")

# ---------------------------------------------------------------- defence
# Trident: scrap, remove from Scotland, cost per day, keep it
W("petition", D, "Cancel the renewal of Trident and spend the money on the NHS", """We want the Government to cancel the Dreadnought programme to replace Trident and put the money into hospitals, schools and conventional forces.

More details
Nuclear weapons cannot deter terrorists, pandemics or cyber attacks. The replacement will cost well over £100 billion across its life. The UK should lead by example and disarm.""")
W("angry", D, "trident", """Scrap Trident. Weapons of mass murder we can never use. Disgusting waste.""")
W("older", D, "Trident vote", """Dear Mrs Aldwinckle,

On Monday the House votes on renewing Trident. I hope you will vote against. I was a teacher for thirty-five years and watched budgets cut while we found billions for submarines whose only purpose is to kill millions. It is not too late to choose a different path.

Yours sincerely,
Margaret Sowerby
July 2016""")
W("devolved", D, "Scottish Parliament petition: Trident off the Clyde", """Calling on the Scottish Parliament to urge the Scottish Government to press the UK Government to remove all nuclear weapons from Faslane and Coulport and to end the basing of the nuclear deterrent in Scotland.

Background: Scotland's Parliament and most of its MPs have repeatedly opposed nuclear weapons. Nuclear convoys travel on public roads past towns and schools. The people of Scotland have never consented to hosting weapons of mass destruction.""")
W("email", D, "Nuclear convoys", """Dear Ms McAuslan,

Warhead convoys pass through our village on the way to Coulport, sometimes at night. I want Trident out of Scotland altogether. Please tell me you will press for that at Westminster.

Ailsa Drummond""")
W("campaign", D, "£6 million a day on Trident", """Britain spends several million pounds every single day on nuclear weapons. That could pay for thousands of nurses, teachers and social care workers. Sign our petition telling the Government: the deterrent is costing us the things we really need. Cut it, don't renew it.""")
W("editor", D, "The price of the deterrent", """SIR - Your correspondent's figure for the daily cost of Trident is out by a mile, but even taken at face value it is a bargain. For roughly the cost of the Department for Transport's budget for roads, we have kept the peace with every nuclear power for seventy years. The deterrent must stay.

Cdr (retd) J. Ferrers, Plymouth""", "defends the deterrent's cost: defence")
W("petition", D, "Keep Britain's independent nuclear deterrent", """The Government should commit without qualification to maintaining continuous at-sea deterrence and to completing the Dreadnought submarines on time.

More details
Russia openly threatens nuclear use. Disarming alone would make Britain less safe, not more. The deterrent protects us and our NATO allies.""")
W("email", D, "Don't scrap Trident", """Dear Mr Haughton, with Russia threatening nuclear strikes every other week this is the worst possible time to talk about giving up Trident. Please support keeping it. Regards, Neil Cawthorne""")
# Gurkha justice
W("older", D, "Gurkha Justice", """Dear Mr Oakhampton,

I was delighted by last week's vote for the Gurkhas. I hope you will now hold the Home Office to it, so that every Gurkha who retired before 1997 with four years' service can settle here. These men have earned it many times over.

Yours sincerely,
Daphne Trelawny
May 2009""")
W("petition", D, "Equal pensions for all Gurkha veterans", """We want the Government to pay Gurkha veterans who served before 1997 the same pension as British soldiers with the same rank and length of service.

More details
Pre-1997 Gurkhas receive a fraction of the pension of their British comrades. Many are now elderly and poor. Equal service deserves equal pay.""")
W("email", D, "Gurkha veterans' pensions", """Hi, as a former Royal Signals soldier I served with Gurkhas in Brunei. It's a scandal that their pensions are a third of ours. Please back equal pensions. Pete Cullingford""")
# veterans' mental health / PTSD centres
W("petition", D, "Fund dedicated PTSD treatment centres for veterans in every region", """The Government should fund a network of specialist residential treatment centres for veterans with PTSD and combat trauma, at least one in every region of England.

More details
Veterans wait months for help and often have to travel hundreds of miles to charity centres that are full. Residential treatment saves lives.""")
W("template", D, "Veterans' mental health", """Dear MP,

Too many veterans are taking their own lives. I am writing to ask you to press the Government to guarantee specialist mental health treatment for every veteran who needs it, with waiting times no longer than those for serving personnel, and proper funding for residential PTSD care.

Yours sincerely,
[Your name]""")
W("personal", D, "My son and PTSD", """Dear Mrs Ballantyne,

My son served two tours in Helmand with the Rifles. He came home a different man: nightmares, drinking, rages. It took four years and a night in the cells before anyone diagnosed PTSD, and then another year before he got a place at a residential centre run by a charity, two hundred miles away.

He is doing better now, and I am not asking for anything for him. I am asking you to fight for the others. There should be NHS veterans' trauma centres in every region, and nobody should have to get arrested to be seen.

Yours sincerely,
Carol Henshall""", "personal story, but the ask is veterans' mental health policy: defence")
# MOD accommodation offer / service family housing
W("email", D, "The Future Accommodation Model", """Dear Mr Ripley,

The MOD's new accommodation offer extends entitlement to couples who are not married, which is welcome, but it pushes more families into private rent a long way from the base. Please ask the minister to make sure nobody is worse off and that surplus quarters aren't sold before the new offer is proven.

Regards,
Sgt K. Lumb (serving)""", "MOD accommodation policy: defence")
W("campaign", D, "Fix forces family homes", """Service families are living with mould, rats and broken heating in MOD homes while contractors miss repair deadlines. Sign our petition asking the Defence Secretary to publish repair performance every month, fine contractors who fail, and guarantee every family a safe, warm home.""")
W("editor", D, "Soldiers' homes", """SIR - The state of military married quarters is a national embarrassment. We ask young men and women to risk their lives and then house their children in homes a private landlord would be prosecuted for. Ministers should set a legal minimum standard for service housing this year, not after another review.

Mrs P. Hendry, Tidworth""")
# nuclear test veterans
W("email", D, "Nuclear test veterans", """Dear Ms Crossfield, my late grandfather was at Christmas Island in 1958. The medal came too late for him. Please press the MOD to release the blood test records from the tests and to set up a compensation fund for the families. Regards, Jason Bellamy""", "asks for records and compensation for all test veterans: defence")
W("older", D, "Medal for the nuclear test veterans", """Dear Sir,

I served as a National Serviceman on Christmas Island during the Grapple tests of 1957. We were told to turn our backs and cover our eyes. Many of my mates are dead from cancers. Every other nuclear power has recognised its test veterans. I ask you to support a medal for us while some of us are still alive.

Yours faithfully,
Dennis Ockley
June 2018""")
W("angry", D, "test veterans", """Sixty years and the MOD still won't admit what it did to the nuclear test veterans. Give them justice and compensation.""")
# keep a named warship / ship numbers
W("petition", D, "Keep HMS Stalwart in service", """We want the Government to reverse the decision to decommission the amphibious assault ship HMS Stalwart early and keep her in commission until a replacement enters service.

More details
Without her the Royal Navy loses the ability to land Royal Marines from the sea. Mothballing a ship with years of life left is a false economy.""")
W("email", D, "Navy's frigates", """Dear Mr Whitlock,

The Royal Navy is down to a handful of frigates and destroyers, fewer than at any time in its history, and two are in refit at any moment. Please push for an increase in escort ship numbers, not more retirements before replacements arrive.

Cdr P. Vassall RN (retd)""")
W("angry", D, "Navy", """Fewer warships than Italy. Shameful. Stop scrapping ships and build some!""")
# keep a commando or army unit at its base
W("paper", D, "Public petition: keep 44 Commando at Kestrel Barracks", """The petition of residents of the constituency of North Devonshire Coast,

Declares that 44 Commando Royal Marines has been based at Kestrel Barracks for more than fifty years; further declares that the unit is part of the life of the town and that its move would cost local jobs; and further declares that the coastline is ideal for amphibious training.

The petitioners therefore request that the House of Commons urge the Government to keep 44 Commando at Kestrel Barracks.

And the petitioners remain, etc.""")
W("email", D, "Save the barracks", """Dear Ms Yardley, please fight the plan to move the Royal Welsh out of Halbury Barracks. The regiment has recruited from this valley for generations and moving it to the south of England will hurt recruitment as well as the town. Cheers, Dai Protheroe""")
W("devolved", D, "Senedd petition: keep the army in Wales", """We call on the Senedd to urge the Welsh Government to press the UK Ministry of Defence to keep a regular infantry battalion permanently based in Wales and to halt the planned closure of barracks.

Additional information: Wales provides a higher share of army recruits than its population would suggest, yet has fewer army bases each year.""")
# NATO withdrawal or membership
W("petition", D, "Hold a referendum on leaving NATO", """The Government should hold a referendum on whether the United Kingdom remains a member of NATO.

More details
NATO has expanded to Russia's borders and dragged members into wars far from the North Atlantic. The public have never been asked whether they want to be bound by Article 5.""")
W("email", D, "NATO", """Dear Mr Abernethy, whatever happens in Washington, please stand up for NATO and for Britain honouring Article 5. It has kept us safe since 1949. Diane Forsyth""")
W("older", D, "NATO summit", """Dear Sir,

With the NATO summit in Newport this week, I would urge you to support the proposal that all members spend at least two per cent of GDP on defence, and to resist any further cuts to our own forces. The events in Ukraine this year show that Europe cannot take peace for granted.

Yours faithfully,
Major (retd) H. Pargeter
September 2014""", "NATO spending pledge; Ukraine only as background: defence")
# Nordic pacts
W("editor", D, "A northern alliance", """SIR - The mutual security declarations Britain signed with Sweden and Finland before they joined NATO were a fine piece of statecraft. The Government should build on them through the Joint Expeditionary Force, with permanent British forces training in the Nordic and Baltic states, so the High North is not left to chance.

Dr E. Saarinen-Hall, Aberdeen""")
W("email", D, "Joint Expeditionary Force", """Dear Ms Fairweather,

I don't see why Britain should sign up to defend Norway, Sweden and Finland through the Joint Expeditionary Force when our own army is too small to defend us. Please vote against any new defence pacts until our forces are properly funded.

Regards,
Graham Lister""")
# letting the US use British bases
W("petition", D, "No US nuclear weapons at RAF Lakenheath", """We want the Government to refuse permission for the United States to station nuclear weapons at RAF Lakenheath or any other British base.

More details
Hosting American bombs would make Suffolk a target and put decisions about their use outside British control. Parliament has never been asked.""")
W("email", D, "American bombers at Fairford", """Dear Mr Coldicott,

US bombers fly from RAF Fairford on missions the public are told nothing about. Please press for a rule that no foreign military operation can be launched from a British base without a vote in Parliament.

Thanks,
Hazel Brindley""")
W("editor", D, "Our bases, our allies", """SIR - Protesters outside Menwith Hill and Lakenheath seem to forget that American forces in Britain are part of the NATO deterrent that protects us. The Government is right to let our closest ally use British bases, and should say so plainly instead of apologising.

Air Cdre (retd) A. Villiers, Harrogate""")
# records of a military air crash
W("petition", D, "Release the full records of the 1994 Skerrow Head Chinook crash", """The Government should release every document held by the MOD about the Chinook crash at Skerrow Head in 1994, which killed twenty-nine people, and lift the 75-year closure on them.

More details
The pilots were blamed for decades before they were cleared. Families still do not know what the MOD knew about the aircraft's software. Secrecy only feeds suspicion.""", "military air crash records as a policy ask to the MOD: defence")
W("email", D, "Tornado crash files", """Dear Mrs Barraclough, my uncle died in the Tornado crash over the Stiperstone hills in 1988. The MOD still keeps the board of inquiry papers closed. Please push for all such military crash records to be opened after thirty years like other public records. Linda Marsh""", "asks for a rule on military crash records, not only her uncle's file: defence")
# Army size cuts
W("older", D, "Army 2020 cuts", """Dear Mr Dunnington,

I write about the plan to reduce the regular army to 82,000 and rely on reservists to fill the gap. I served twenty-two years and I do not believe the reserve can be recruited in time. Please oppose these cuts.

Yours sincerely,
WO1 (retd) B. Nuttall
July 2012""")
W("angry", D, "army cuts", """Smallest army since Napoleon and they want to cut MORE? Stop it.""")
W("email", D, "A smaller army is fine", """Dear Ms Kettlewell, I don't mind the army getting smaller if the money goes on drones, missiles and cyber, which is where wars are now fought. Please don't back calls to rebuild a 1980s army. Regards, Ian Grimes""", "view on army size: defence")

# ---------------------------------------------------------------- eu
# EU nationals' rights after the referendum (2016-2018 wording)
W("petition", E, "Guarantee the right of EU nationals living in the UK to stay after Brexit", """We want the Government to guarantee now, unilaterally, that EU citizens lawfully resident in the UK can stay with all their existing rights after we leave the European Union.

More details
Three million people who made their homes here are living in limbo. They should not be used as bargaining chips in the negotiations.""")
W("older", E, "EU citizens and the referendum result", """Dear Mr Hebblethwaite,

I am a German citizen and have lived in your constituency for twenty-two years. I am married to a British man and our children were born here. Since the referendum I have not slept properly. Please urge the Prime Minister to give EU nationals a guarantee of our rights now, rather than waiting for the negotiations. We are your neighbours, not chips in a poker game.

Yours sincerely,
Ulrike Castleton
July 2016""")
W("editor", E, "Reciprocity first", """SIR - It is all very well demanding a unilateral guarantee for EU nationals in Britain, but what of the million Britons in Spain, France and Germany? The Prime Minister is right to secure their rights at the same time. A guarantee given away for nothing protects nobody on the other side of the Channel.

E. Pargiter, Bexhill""", "view on EU citizens' rights as Brexit negotiating policy: eu")
W("template", E, "Protect EU workers' rights after Brexit", """Dear [MP],

The care home where I work depends on nurses and carers from Poland, Romania and Portugal. Many are thinking of leaving because nobody will tell them whether they can stay. I ask you to press the Government to guarantee the rights of EU workers in the UK, including their right to bring family members and to keep their pensions.

Yours sincerely,
[Name]""")
W("angry", E, "EU nationals", """Stop treating EU nationals like hostages in the Brexit talks. Guarantee their rights today.""")
# single market access
W("older", E, "Keeping access to the single market", """Dear Mrs Crowther,

Whatever one thinks of the result, I hope you will press the Government to keep tariff-free access to the single market in the negotiations. Forty per cent of our firm's turnover goes to the EU and a hard Brexit would put jobs here at risk.

Yours sincerely,
A. J. Kellingworth, Managing Director
November 2016""")
W("editor", E, "Single market means no Brexit", """SIR - Staying in the single market means accepting free movement, EU rules and the European Court, without a vote on any of them. That is not what 17 million people voted for. The Government should leave the single market cleanly and negotiate a free trade agreement.

H. Bostock, Grantham""")
W("petition", E, "Stay in the single market whatever happens", """The Government should make continued membership of the European Single Market and the EEA its first priority in negotiations with the EU.

More details
The referendum asked about membership of the EU, not the single market. Leaving it will cost jobs in manufacturing and services.""")
# settled status as registration not application
W("campaign", E, "Make settled status a registration, not an application", """EU citizens who were living here before Brexit were promised their rights would stay the same. Instead they have to apply, and risk being refused, for permission to stay in their own homes. Sign our petition asking the Home Office to turn the EU Settlement Scheme into a simple declaratory registration with physical proof of status.""")
W("email", E, "Declaratory system", """Dear Ms Pickersgill,

Please support amendments that would make the EU Settlement Scheme declaratory, so that EU citizens' rights come from living here rather than from a Home Office decision. Otherwise anyone who misses the deadline becomes undocumented overnight, just like the Windrush generation.

Regards,
Marta Kowalewski""")
W("angry", E, "settled status", """Why should I apply to stay in my own home after 30 years? Settled status should be automatic.""")
# extend or revoke Article 50
W("petition", E, "Extend Article 50 to avoid a no-deal exit", """We want the Government to ask the EU to extend the Article 50 period to allow time for Parliament to agree a way forward or for the people to decide.

More details
The UK is due to leave in weeks with no deal agreed. Businesses, hospitals and ports cannot prepare in time.""")
W("angry", E, "REVOKE", """Revoke Article 50 and end this farce.""")
W("email", E, "No more extensions", """Dear Mr Fothergill, I voted Leave and I am sick of the extensions. We were meant to go in March. Please vote against any further delay to Article 50. Regards, Stan Crowley""")
W("paper", E, "Public petition: revocation of Article 50", """The petition of residents of Cambridge Fenside,

Declares that the process of leaving the European Union has damaged the economy and the reputation of the United Kingdom; further declares that the Government has been unable to secure the agreement of the House to any withdrawal deal; and further declares that the notice given under Article 50 may be revoked by the United Kingdom alone.

The petitioners therefore request that the House of Commons urge the Government to revoke the notice under Article 50 and remain in the European Union.

And the petitioners remain, etc.""")
# a further referendum
W("older", E, "A vote on the final deal", """Dear Mrs Wetherby,

Now that the terms of the withdrawal agreement are known, I believe the public should be given the chance to accept them or to remain. I hope you will support a confirmatory referendum when it comes before the House.

Yours sincerely,
Dr P. Ackroyd
December 2018""")
W("editor", E, "Best of three?", """SIR - A "People's Vote" is simply a demand to keep voting until the answer changes. If Remain won a second referendum, should Leavers then demand a third? Parliament promised to implement the result. It should do so.

F. Gledhill, Boston""")
W("angry", E, "final say", """We deserve a final say on Brexit. Support a second referendum.""")
W("campaign", E, "Let the people decide", """Parliament is deadlocked. The deal on offer looks nothing like what was promised in 2016. Sign our petition asking MPs to put the final Brexit deal back to the people in a referendum, with Remain on the ballot paper.""")
# fishing as Brexit/EU waters
W("email", E, "EU boats in our waters", """Dear Mr Trewin,

The Brexit deal gave EU trawlers years more in our six-to-twelve-mile zone. Fishermen in this harbour were told we would take back control of our waters. Please press the Government to end EU access when the transition runs out and not trade it away again for anything.

Regards,
Jim Polglase, skipper""")
W("editor", E, "Fish were never the whole story", """SIR - Brexiteers who wanted our waters closed to European boats forget that most of the fish we catch is sold in Europe. Extending EU access in return for smooth exports was the right call, and the Government should stop treating fishermen as a Brexit trophy.

M. Penhaligon, Falmouth""", "view on EU fishing access in the Brexit deal: eu")
W("petition", E, "Take back full control of UK fishing waters from the EU", """We want the Government to end EU vessels' access to UK waters and to renegotiate the quota shares in the Trade and Cooperation Agreement.

More details
Brexit was meant to give our fleet its fair share of the fish in British waters. The deal left EU boats with most of the quota.""")
# food standards in trade deals framed as EU standards
W("petition", E, "Keep EU food standards in all post-Brexit trade deals", """The Government should write into law that food imported under any post-Brexit trade deal must meet the standards we kept from the EU, including bans on chlorine-washed chicken and hormone-treated beef.

More details
We left the EU promising not to lower standards. Trade deals with the US and others must not undercut British farmers.""", "food standards framed as keeping EU standards after Brexit: eu")
W("template", E, "Don't trade away our food standards", """Dear MP,

When we left the EU we kept its rules on food safety and animal welfare. I am asking you to make sure that no trade deal lets in food produced to lower standards, and that Parliament gets a vote on any deal that would change them.

Yours sincerely,
[Name]""", "food standards framed as keeping EU standards after Brexit: eu")
W("editor", E, "Chlorinated scare stories", """SIR - The panic over American chicken is the EU's precautionary principle talking. One of the points of Brexit was to stop copying Brussels' rules that protect French farmers as much as consumers. The Government should be free to set its own standards in trade deals.

J. Kerridge, Market Harborough""", "wants to diverge from EU food rules: eu")
# young people / Erasmus
W("email", E, "Young people and Brexit", """Dear Ms Underhill,

My daughter is eighteen and was too young to vote in 2016. She cannot study in Europe on Erasmus, cannot take a summer job in France and needs a visa to work a ski season. Please support a youth mobility deal with the EU and rejoining Erasmus. Brexit has shrunk her world.

Regards,
Karen Lomax""")
W("devolved", E, "Senedd petition: Erasmus and Welsh students", """We call on the Senedd to urge the Welsh Government to press the UK Government to rejoin the Erasmus+ programme in full, while protecting the Taith exchange scheme in Wales.

Additional information: Since the UK left the EU, Welsh students and apprentices have lost access to Erasmus+ partnerships that universities spent decades building.""")
W("angry", E, "youth mobility = free movement", """Youth mobility is free movement through the back door. Do not sign it. Brexit means Brexit.""")
# eurozone and the membership debate (2011-2015)
W("older", E, "Eurozone crisis and our membership", """Dear Mr Wadsworth,

Watching the eurozone lurch from crisis to crisis, I think it is time Britain had a say on its own relationship with the EU. I would urge you to support the motion calling for a referendum on membership next week.

Yours faithfully,
Brian Cattermole
October 2011""")
W("older", E, "Bailouts", """Dear Sir,

I understand the Chancellor is being asked to contribute to the bailout of Greece through the IMF and the EU. Britain wisely kept out of the euro and should not pay for its failures. Please oppose any British money for eurozone rescue funds.

Yours faithfully,
R. Stainforth
June 2011""")
W("editor", E, "In or out", """SIR - The eurozone's troubles are a reason for Britain to stay in the EU and shape its reform, not to walk away. An in-out referendum promised for domestic party reasons will create years of uncertainty for investors. I hope the Prime Minister campaigns wholeheartedly to remain.

D. Ferrante, Guildford
January 2013""")
# 90/180-day rule
W("petition", E, "Negotiate longer stays in the EU for UK second-home owners", """We want the Government to negotiate with the EU and its member states an exemption from the 90/180-day rule for UK citizens who own homes in the EU.

More details
Since Brexit, British homeowners in France, Spain and Portugal can stay only 90 days in any 180. Many pay local taxes on their homes and cannot use them.""")
W("email", E, "90 in 180", """Dear Mr Honeyford, our house in the Dordogne sits empty for half the year because of the 90/180 rule. Please press for a reciprocal visa deal with France. Regards, Gillian Peverell""")
W("angry", E, "second homes in spain", """Second homes in Spain are not my problem. You voted to leave, accept the 90 day rule like everyone else.""", "view on the Brexit 90/180-day rule: eu")
# rejoin referendum
W("petition", E, "Hold a referendum on rejoining the European Union", """The Government should hold a referendum on the UK rejoining the European Union before the end of this Parliament.

More details
Polls show most people now think leaving was a mistake. Young people who could not vote in 2016 deserve their say.""")
W("angry", E, "rejoin", """No rejoin referendum. We voted. Stop relitigating it.""")
W("campaign", E, "Time for a rejoin vote", """It has been years since we left and things have not got better: higher prices, fewer opportunities for young people, queues at the border. Sign our petition for a referendum on rejoining the EU.""")

# ---------------------------------------------------------------- multi-label
W("email", ["defence", "eu"], "European defence fund", """Dear Ms Harrowgate,

The UK should join the EU's new defence loans scheme so that British companies can bid for European contracts. Staying outside it because of Brexit pride is costing us jobs. Please press for full participation in European defence cooperation.

Regards,
Tom Wainscott""", "EU defence initiative: eu + defence")
W("petition", ["defence", "eu"], "Join the EU's Permanent Structured Cooperation on defence", """We want the Government to seek participation in the EU's defence projects under Permanent Structured Cooperation, starting with military mobility.

More details
Moving troops and equipment across Europe quickly matters to NATO too. Norway and Canada take part; so should we.""", "joining a European defence initiative: eu + defence")
W("angry", ["defence", "eu"], "EU army", """Keep our armed forces out of Brussels' defence schemes. NATO is enough. We left the EU.""", "against joining EU defence initiatives: eu + defence")
W("template", ["ukraine", "defence"], "Stand by Ukraine and rebuild our forces", """Dear MP,

I am asking you to back two things together. First, keep military aid to Ukraine flowing at least at today's level for as long as the war lasts. Second, raise Britain's own defence spending to 3% of GDP, so that we replace what we give and rebuild stocks our own forces need.

Yours sincerely,
[Name]""", "argues both Ukraine aid and higher defence spending: ukraine + defence")
W("editor", ["ukraine", "defence"], "Empty shelves", """SIR - Britain has given Ukraine much of its artillery and ammunition, rightly, but nobody has ordered replacements at scale. The Government must keep arming Ukraine and open new munitions factories here to refill our own depleted stocks.

Lt Col (retd) S. Haverfield, Salisbury""", "Ukraine aid and UK defence industry and stocks: ukraine + defence")
W("email", ["ukraine", "defence"], "Ukraine and the defence budget", """Dear Mr Greenhalgh, please oppose both the calls to cut aid to Ukraine and the plan to delay the defence spending rise. Russia is the threat to both. Regards, Owen Pritchett""")
W("editor", ["gaza", "defence"], "Jobs and arms to Israel", """SIR - Those demanding an end to arms exports to Israel never mention the thousands of skilled jobs in British defence firms that depend on F-35 and other export work. The Government should keep the licences for Israel and invest in the defence industry that keeps this country safe.

T. Metcalfe, Preston""", "Israel arms licences and the defence industry: gaza + defence")
W("email", ["ukraine", "eu"], "Work with the EU on Russia", """Dear Ms Sowden, please press the Government to align our Russia sanctions with the EU's packages and to coordinate with Brussels on using frozen Russian assets for Ukraine. Brexit should not mean going it alone against Putin. Regards, Claire Abbott""", "Russia sanctions and cooperation with the EU: ukraine + eu")

# ---------------------------------------------------------------- more short topic letters
W("petition", U, "Send Ukraine more artillery shells", """We want the Government to send Ukraine as many artillery shells as it can obtain, from any source.

More details
Ukraine's gunners are outgunned and outnumbered. Ammunition wins this war.""", FINISH)
W("angry", U, "help them win", """Ukraine doesn't need sympathy, it needs missiles. Send them and let them win.""", FINISH)
W("email", U, "F-16s and pilots", """Please ask the Government to speed up training of Ukrainian pilots and send more jets. They are holding back Russia for all of us. Regards, Wendy Kirkbride""", FINISH)
W("angry", U, "no more money for zelensky", """Not one more penny or bullet for Zelensky. Peace talks now.""")
W("petition", U, "Grant indefinite leave to Ukrainians after three years", """The Government should allow Ukrainians who have lived in the UK for three years under the Ukraine schemes to apply for indefinite leave to remain.

More details
They are working and paying tax. They deserve the chance to plan.""")
W("angry", U, "russia sport ban", """Russia invades a country and still wants to play football with us? Keep the ban on Russian teams.""")
W("petition", G, "Recognise Palestine as a state", """The Government should recognise Palestine as an independent state now.

More details
Recognition supports a two-state solution and Palestinian self-determination.""")
W("angry", G, "Al-Aqsa", """Worshippers beaten in Al-Aqsa during Ramadan and not a word from the Foreign Office. Condemn it.""")
W("angry", G, "anti-boycott bill", """Gagging councils from boycotting settlements is an attack on free speech. Vote it down.""")
W("email", G, "Settlement wine", """Please support a ban on importing products from Israeli settlements, including wine sold in our supermarkets. Rosa Whitfield""")
W("angry", G, "gaza visas", """If Ukrainians can have a family scheme then so can Palestinians in Gaza. Set one up.""")
W("angry", D, "gurkhas", """Gurkhas fought for us and get a pension you couldn't live on. Equal pensions now!""")
W("email", D, "Keep our frigate", """Dear Ms Eldridge, please oppose the early retirement of HMS Marchwood. The Navy hasn't enough frigates as it is. Rob Tunstall""")
W("angry", D, "Lakenheath", """No American nukes in Suffolk. Full stop.""")
W("petition", D, "Establish a Veterans' PTSD treatment centre in the North East", """We want the Government to fund a dedicated residential treatment centre for veterans with PTSD in the North East of England.

More details
The region has one of the highest concentrations of veterans and no specialist centre.""")
W("angry", D, "NATO out", """Leave NATO. It's an American war machine and we're its aircraft carrier.""")
W("email", D, "Army numbers", """Please fight any further cut to the size of the regular army. 70,000 is already too few. Jack Ormerod""")
W("angry", E, "article 50", """Extend Article 50 or face the consequences at the next election. No deal will wreck this town.""")
W("email", E, "90 days", """Please push the Government to negotiate a longer visa-free stay in the EU for British homeowners. 90 days is not enough. Liz Cartwright""")
W("angry", E, "Erasmus", """Rejoin Erasmus. Our kids are losing out because of Brexit.""")
W("petition", E, "Give EU citizens a physical settled status card", """The Government should issue every holder of settled status a physical document proving their right to live in the UK.

More details
Digital-only status leaves EU citizens unable to prove their rights to landlords, employers and airlines when the website fails.""")
W("angry", E, "fishing sellout", """Brexit was supposed to give us our waters back. The fishing deal with the EU is a sellout.""")
W("angry", E, "single market", """Get us back in the single market before there's nothing left of British manufacturing.""")

# ---------------------------------------------------------------- other: hard negatives
# leaving the ECHR (not the EU)
W("petition", O, "Leave the European Convention on Human Rights to control our borders", """We want the Government to give notice to leave the European Convention on Human Rights so that Parliament, not judges in Strasbourg, decides who can be deported.

More details
Foreign criminals use Article 8 to avoid removal. The European Court of Human Rights is not part of the EU, and leaving it is the only way to take back control of deportations.""", "ECHR with no EU tie: other (README)")
W("angry", O, "Strasbourg", """Leave the ECHR now. Foreign judges should not stop us deporting rapists.""", "ECHR only: other")
W("editor", O, "The Convention was our idea", """SIR - The European Convention on Human Rights was drafted largely by British lawyers after the war. Leaving it would put us alongside Russia and Belarus as the only European countries outside it. The Government should defend the Convention, not flirt with quitting it.

Q. Alderton KC, London EC4""", "defends the ECHR with no EU tie: other")
W("email", O, "Human rights act", """Dear Mr Penwarden, please oppose any plan to leave the European Convention or scrap the Human Rights Act. My disabled brother relied on Article 8 when the council tried to split up his care. Regards, Joanne Birtles""", "ECHR only: other")
W("older", O, "Prisoners' voting and Strasbourg", """Dear Sir,

I read that the European Court of Human Rights insists we give prisoners the vote. I trust you will vote against any such change. If Strasbourg cannot accept the will of Parliament, perhaps we should reconsider our membership of the Convention altogether.

Yours faithfully,
G. H. Loxley
February 2011""", "ECHR, no EU tie: other")
# executions in Iran
W("petition", O, "Sanction Iranian officials responsible for executing protesters", """We want the Government to impose sanctions on the Iranian judges and officials who have sentenced young protesters to death, and to proscribe the Revolutionary Guard.

More details
Iran has executed people for taking part in protests after show trials. The UK must speak out for those on death row.""", "Iran's executions and human rights, not Israel: other (README)")
W("email", O, "Executions in Iran", """Dear Ms Holbeach, Iran hanged more people last year than in any year for a decade, many of them Baluch and Kurdish men on drug charges. Please raise this with the Foreign Office and ask them to press for a moratorium. Regards, Shirin Mahdavi""", "Iran's death penalty: other")
W("angry", O, "iran hangings", """Another teenager hanged in Iran for protesting. Where is the Foreign Secretary? Say something!""", "other")
W("older", O, "Iranian student sentenced to death", """Dear Sir,

I am writing on behalf of our Amnesty group about a student in Tehran sentenced to death after an unfair trial. We ask you to write to the Iranian ambassador urging clemency.

Yours faithfully,
Secretary, Amnesty Group
April 2010""", "other")
# Myanmar / Rohingya
W("petition", O, "Support The Gambia's genocide case against Myanmar", """The Government should formally intervene in support of the case at the International Court of Justice alleging genocide against the Rohingya by Myanmar.

More details
Hundreds of thousands of Rohingya were driven from their homes in 2017. Accountability is the only deterrent.""", "Myanmar: other (genocide word, not Gaza)")
W("email", O, "Rohingya camps", """Please ask the Government to restore its funding to the Rohingya refugee camps in Cox's Bazar. Food rations have been cut to almost nothing. Thanks, Nasrin Akter""", "other")
W("editor", O, "Myanmar's generals", """SIR - Four years after the coup in Myanmar, the generals are bombing schools and monasteries with jet fuel bought on world markets. Britain should sanction every company supplying aviation fuel to the junta.

H. Thwaite, Bath""", "Myanmar military junta: other")
W("older", O, "Burma", """Dear Mrs Ravenhill,

As someone who campaigned for Aung San Suu Kyi's release, I am distressed by reports of violence against the Rohingya in Rakhine State. I hope you will press the Foreign Office to demand access for aid agencies and the UN.

Yours sincerely,
Ruth Gillow
September 2017""", "other")
# Kashmir
W("email", O, "Kashmir", """Dear Mr Kendrick, my family are in Srinagar and have had no internet for weeks. Please ask the Foreign Office to raise human rights in Kashmir with India and support a UN-led solution. Regards, Asif Mir""", "Kashmir: other (README)")
W("angry", O, "kashmir", """Kashmir has been occupied for seventy years and Britain drew the lines. Speak up for Kashmiris.""", "other")
W("editor", O, "Kashmir is a bilateral matter", """SIR - British politicians who make speeches about Kashmir to win votes here do nothing for peace. It is a matter between India and Pakistan under the Simla Agreement, and the Foreign Office is right to say so.

R. Chaudhary, Wembley""", "other")
# military action in Syria / no-fly zone over Syria
W("older", O, "Vote on Syria", """Dear Mr Bartholomew,

Please vote against military strikes on Syria on Thursday. We have seen where Iraq led. Chemical weapons are an abomination, but bombing will not make things better for the Syrian people.

Yours sincerely,
Anne Ketley
August 2013""", "military action in Syria, not our topics: other (brief)")
W("petition", O, "Impose a no-fly zone over Syria to protect civilians in Aleppo", """We want the Government to work with allies to enforce a no-fly zone over Syria to stop the barrel-bombing of civilians.

More details
The siege of Aleppo has killed thousands. Protecting civilians from air attack is a moral duty.""", "Syria no-fly zone: other (brief)")
W("email", O, "Airstrikes in Syria", """Dear Ms Fenwright, I support extending RAF airstrikes against ISIS into Syria. They plan attacks on Europe from Raqqa. Please vote for the motion. Regards, David Orme""", "Syria/ISIS airstrikes: other (brief)")
W("older", O, "Syria strikes", """Dear Sir,

I object strongly to the Prime Minister ordering missile strikes on Syria without first seeking the approval of Parliament. Whatever the merits, such a decision should be for the House.

Yours faithfully,
P. Crabtree
April 2018""", "Syria strikes: other")
W("angry", O, "syria", """Stay out of Syria. Not our war.""", "other")
# arms to Saudi Arabia over Yemen
W("campaign", O, "Stop arming Saudi Arabia", """British-made bombs have been dropped on weddings, schools and hospitals in Yemen. Sign our petition asking the Government to stop selling weapons to Saudi Arabia while its war in Yemen goes on.""", "Saudi arms and Yemen: other (README)")
W("email", O, "Yemen", """Dear Mr Gildersleeve, Yemen is the worst humanitarian crisis in the world and we keep selling Saudi Arabia the planes that bomb it. Please push for an arms embargo. Regards, Fatima Nasser""", "Yemen's war and Saudi arms: other (README)")
W("editor", O, "Saudi arms jobs", """SIR - The campaign against arms sales to Saudi Arabia would put thousands of jobs at risk in Lancashire. The Saudis are an important partner in a dangerous region.

K. Ashworth, Warton""", "Saudi arms sales: other (README; not about UK defence policy)")
W("older", O, "Arms sales to Saudi Arabia", """Dear Mrs Hebden,

I have read the court of appeal's ruling that the Government acted unlawfully in licensing arms sales to Saudi Arabia. I hope you will press ministers to suspend all such licences while the war in Yemen continues.

Yours sincerely,
Ian Loftus
June 2019""", "other")
# generic genocide trade ban, no country
W("petition", O, "Ban trade with any country found to be committing genocide", """We want the Government to pass a law banning trade with any state that a UK court finds to be committing genocide.

More details
British trade should never fund the destruction of a people. A legal test would take the decision out of politics.""", "no country named: other (judgement call)")
W("angry", O, "genocide trade", """We should not trade with ANY country committing genocide. Make it law.""", "no country named: other")
W("email", O, "Genocide Determination Bill", """Dear Ms Wardle, please support the amendment to the Trade Bill letting the High Court decide whether a trading partner is committing genocide. It should apply to every country equally. Regards, Simon Letts""", "no country named: other")
# war memorials and remembrance
W("petition", O, "Protect war memorials with a specific criminal offence", """The Government should create a specific offence of damaging a war memorial, with a maximum of ten years in prison.

More details
Memorials are being vandalised and stripped for scrap metal. They deserve special protection.""", "war memorials: other (README)")
W("email", O, "Memorial clean", """Hi, the war memorial on the green in Stavely Cross is covered in moss and the names are hard to read. Is there any funding to restore it before Remembrance? Thanks, Gail""", "other")
W("older", O, "Centenary of the Somme", """Dear Mr Bickersteth,

Our village hall committee is organising a commemoration for the centenary of the Battle of the Somme, including the names of the eleven men from the parish who died. We should be delighted if you could attend and lay a wreath.

Yours sincerely,
Hon. Secretary
May 2016""", "remembrance invitation: other")
W("angry", O, "poppies", """The council has banned poppy lamp-post banners on the high street. Disgraceful. Get them back up.""", "other")
W("editor", O, "Two minutes' silence", """SIR - I was sorry to see so few shops in town observe the two minutes' silence on Armistice Day. It costs nothing and means a great deal.

M. Ingleby, Kendal""", "remembrance: other")
# civilian widows' pensions
W("email", O, "Bereavement support for cohabiting partners", """Dear Mrs Ashbury, my partner of nineteen years died last year. Because we weren't married I get no bereavement support payment, though our children lost their father just the same. Please back the change to include cohabiting parents. Regards, Kerry Dobson""", "civilian bereavement benefits: other")
W("petition", O, "Restore police widows' pensions lost on remarriage", """We want the Government to restore the pensions of police widows who lost them because they remarried or cohabited before 2015.

More details
Widows of officers killed or who died in service were forced to choose between a pension and a new life.""", "police widows, not war widows: other (judgement call)")
W("older", O, "Widow's pension", """Dear Sir,

I am 64 and was widowed in March. I have been told I cannot receive my late husband's state pension entitlement until I reach my own pension age. Is there anything that can be done?

Yours faithfully,
Mrs J. Coombes
2012""", "casework: other")
# imperial measurements
W("petition", O, "Allow shops to sell in pounds and ounces only", """We want the Government to let traders sell goods in imperial measures alone, without having to show the metric equivalent.

More details
Many customers still think in pounds and ounces. Traders should be free to choose.""", "imperial measures: other")
W("angry", O, "pints", """Leave the pint alone! And bring back the crown stamp on glasses.""", "other")
W("email", O, "Metric signs", """Dear Mr Haslett, please oppose the plan to allow metric-only road signs. Miles and yards are part of our heritage and changing every sign would cost a fortune. Regards, Arthur Yeoman""", "imperial measures: other")
# European football and sport bodies
W("email", O, "European Super League", """Dear Ms Lacey, please back the independent football regulator's powers to stop English clubs joining any breakaway European Super League. Fans must come first. Regards, Stuart Bleasdale""", "European football: other (README)")
W("angry", O, "UEFA", """UEFA fined our club for a flag. Useless bunch. Can the Government do anything about them?""", "European football body: other")
W("petition", O, "Bid to host the European Athletics Championships in Birmingham", """The Government should guarantee funding for a bid to bring the European Athletics Championships back to the UK.

More details
Major championships inspire young people and bring visitors.""", "European sport: other")
W("older", O, "Euro 2020 matches", """Dear Sir,

I understand Wembley is to host the semi-finals and final of Euro 2020. Could you tell me what transport improvements are planned for supporters travelling from the north?

Yours faithfully,
R. Tasker
2015""", "European football: other")
# public sector pay
W("email", O, "Civil service pay", """Dear Mr Throsby, civil servants in the benefits office here have had a real-terms pay cut for a decade. Please support a fair pay award this year. Regards, Jo Halliwell (PCS)""", "public sector pay: other")
W("angry", O, "council workers pay", """Council staff on minimum wage while the chief executive gets a rise. Fair pay for local government workers!""", "other")
W("older", O, "Public sector pay cap", """Dear Mrs Pilkington,

As a nurse and the wife of a firefighter, I ask you to vote to end the one per cent cap on public sector pay. Both of us are worse off than in 2010.

Yours sincerely,
Sarah Nuttall
June 2017""", "public sector pay: other (not forces pay)")
W("editor", O, "Pay restraint", """SIR - Public sector workers already enjoy pensions most private employees can only dream of. The Government should hold pay rises below inflation until productivity improves.

C. Tindall, Woking""", "other")
# buses
W("paper", O, "Public petition: the X14 bus", """The petition of residents of Lowther Dale,

Declares that the withdrawal of the X14 bus service has left villages without public transport to the hospital, college and market town; and further declares that many residents do not drive.

The petitioners therefore request that the House of Commons urge the Government to provide funding to restore the service.

And the petitioners remain, etc.""", "other")
W("email", O, "£2 bus fare", """Please keep the bus fare cap at £2. I travel to work by bus and a rise would cost me £30 a month. Thanks, Ellie""", "other")
W("angry", O, "buses", """Third bus cancelled this week. Bring the buses back under public control.""", "other")
W("petition", O, "Give every council the power to franchise its buses", """We want the Government to give all local authorities the power to run bus franchising, as in Greater Manchester.

More details
Deregulation has left many areas with poor services. Councils should be able to plan routes and fares.""", "other")
# Northern Ireland citizens' assembly
W("petition", O, "Hold a citizens' assembly on Northern Ireland's constitutional future", """The Government should fund a citizens' assembly in Northern Ireland to consider the options for its constitutional future, including a border poll.

More details
A deliberative process would let people talk through the questions calmly before any referendum.""", "NI constitutional future without Brexit: other (judgement call)")
W("email", O, "Citizens' assembly", """Dear Mr McClintock, a citizens' assembly on a united Ireland would only stir up division. Please oppose it and focus on getting Stormont working. Regards, Robert Gault""", "other")
W("editor", O, "Let the people talk", """SIR - A citizens' assembly on Northern Ireland's future, chosen at random like a jury, would be a better way to discuss the hard questions than the shouting match on social media.

S. Mulgrew, Armagh""", "other")
# one veteran's casework
W("email", O, "My veteran's railcard", """Hi, I left the RAF in 2019 and my Veteran ID card still hasn't arrived after eight months. Could your office chase it with the MOD? Thanks, Craig Dunstan""", "one veteran's casework: other")
W("personal", O, "Help with my father's care", """Dear Ms Whitworth,

My father served twenty-two years in the Royal Artillery including the Falklands. He has dementia and the council says he must sell his house to pay for his care home, even though part of his income is an armed forces pension. I don't know where to turn. Could you look into whether his war pension should be disregarded, and tell us who to speak to?

Yours sincerely,
Karen Hollis""", "one veteran's care costs under existing rules: casework, other")
W("email", O, "Veterans' housing list", """Dear Mr Rookwood, I'm a veteran and have been on the council housing list for two years sofa-surfing. Can you help move my application along? Reference attached. Lee Barraclough""", "a veteran's own housing: other (README)")
W("older", O, "Pension query", """Dear Sir,

I served in the Royal Navy from 1979 to 1991 and have not received a forecast of my armed forces preserved pension. Could your office assist?

Yours faithfully,
T. Mellor
2014""", "one veteran's pension query: other")
# one Ukrainian's casework
W("email", O, "Biometric residence permit", """Dear Ms Lightfoot, I'm a Ukrainian living with a host in Farnleigh. My BRP card has a spelling mistake and the Home Office hasn't corrected it in four months, so I can't start my job. Please help. Olha Savchenko""", "one Ukrainian's casework: other (README)")
W("email", O, "Host family breakdown", """Hi, the Ukrainian mother and son we host need to move urgently because of a family emergency on our side. The council isn't answering. Can your caseworkers help them get rehoused? Rachel Eames""", "a Ukrainian family's housing: casework, other")
W("email", O, "Ukrainian pension transfer", """Dear Mr Ashdale, my mother is Ukrainian, 71, here on the family scheme, and her Ukrainian pension stopped being paid into her UK account. Could you ask the Foreign Office who can help? Yuliia""", "one person's casework: other")
W("personal", O, "Driving test for my guest", """Dear Mrs Bucklow,

Our Ukrainian guest Andriy is a lorry driver and needs a UK licence to keep his job, but the earliest test is in eleven weeks and his right to drive on his own licence ends next month. Is there anything you can do to help him get an earlier test?

Yours sincerely,
Geoff Wilton""", "one Ukrainian's test date: casework, other")
# domestic quota sharing between UK fleets
W("email", O, "Quota for the under-10s", """Dear Mr Tregenza, the big producer organisations hold almost all the English quota while under-ten-metre boats get scraps. Please press DEFRA to reallocate quota to the small inshore fleet. Regards, Mark Rowse""", "domestic quota sharing between UK fleets: other (contrast with EU access)")
W("paper", O, "Public petition: fairer quota for inshore fishermen", """The petition of residents of the East Neuk,

Declares that a small number of large companies hold the great majority of the fishing quota allocated to UK vessels; and further declares that small boats and harbour communities are being squeezed out.

The petitioners therefore request that the House of Commons urge the Government to redistribute quota from large producer organisations to the inshore fleet.

And the petitioners remain, etc.""", "domestic quota distribution: other")
# more hard negatives
W("angry", O, "eurovision tickets", """Tried for Eurovision tickets for three hours and they were all gone. Touts reselling at £600. Can you do something about ticket touts?""", "Eurovision alone: other (README)")
W("email", O, "Street lights out", """Hi, the street lights on Kyiv Terrace and Odesa Close on the new estate have been out since Christmas. Please chase the developer. Thanks, Dean""", "place names only: other")
W("email", O, "Army cadets fundraiser", """Dear Ms Oakley, our army cadet detachment is raising money for a minibus. Could you sign a raffle prize letter or come to our open evening? Thanks, CI Sharon Pybus""", "cadets invitation: other (README)")
W("email", O, "Gaza Street traffic", """The speed bumps on Palestine Road have fallen apart and lorries are rattling our windows all night. Please chase the council. Brian""", "place name only: other")
W("angry", O, "tank traps", """The council has put concrete blocks all over the retail park like tank traps. Nobody can park. Remove them.""", "idiom: other")
W("email", O, "Russian language school", """Dear Mr Ferrant, our Saturday school teaches Russian and Ukrainian to children of local families. We need a new hall. Could you suggest any community funding? Thanks, Irina Beck""", "community group: other")

# ---------------------------------------------------------------- other: ordinary constituency mail
W("petition", O, "Fund a new A&E at Marshfield General", """We want the Government to fund a new emergency department at Marshfield General Hospital to replace the one built in 1974.

More details
Patients wait on trolleys in corridors. The building leaks and is too small for today's demand.""")
W("angry", O, "A&E", """Nine hours in A&E with a broken wrist. Nine! Fix the NHS.""")
W("email", O, "GP surgery closing", """Dear Mr Harbottle, our GP surgery in Cressbrook is closing and patients are being moved to a practice four miles away with no bus. Please help keep a branch open. Regards, Mavis Thorne""")
W("older", O, "Cancer drugs fund", """Dear Sir,

My wife has been refused a cancer drug that is available in Scotland but not in our area. I would ask you to support the proposed Cancer Drugs Fund so that postcode prescribing comes to an end.

Yours faithfully,
R. Lomas
2010""")
W("editor", O, "Hospital parking", """SIR - Charging the sick and their visitors £4 an hour to park at hospital is a tax on illness. Wales and Scotland abolished it long ago. England should follow.

J. Quarmby, Wakefield""")
W("template", O, "Mental health support in schools", """Dear MP,

One in five children now has a probable mental health problem, yet waiting lists for CAMHS run to two years. I ask you to press for a trained mental health practitioner in every school.

Yours sincerely,
[Name]""")
W("email", O, "Prescription charges", """Please support scrapping prescription charges for people with long-term conditions like my Crohn's. Regards, Tessa""")
W("petition", O, "Fund more specialist stroke rehabilitation", """The Government should guarantee every stroke survivor six weeks of specialist rehabilitation.

More details
Too many are sent home without physiotherapy or speech therapy.""")
W("email", O, "School place", """Dear Ms Fairclough, my son has been offered a secondary place eight miles away when there are two schools within a mile. The appeal is next month. Could you write in support? Regards, Amina Patel""")
W("angry", O, "school uniforms", """£180 for a blazer with a logo. Make schools use cheap generic uniforms.""")
W("paper", O, "Public petition: Oakhurst Primary School", """The petition of residents of Oakhurst,

Declares that the proposed closure of Oakhurst Primary School would force young children to travel to schools in neighbouring towns; and further declares that the school is at the heart of the village.

The petitioners therefore request that the House of Commons urge the Government to ensure that rural primary schools are protected from closure.

And the petitioners remain, etc.""")
W("older", O, "Tuition fees", """Dear Mr Pettigrew,

I urge you to keep your pledge and vote against the increase in tuition fees to £9,000. My daughter is in Year 12 and now doubts she can go to university.

Yours sincerely,
Mrs L. Beaumont
December 2010""")
W("editor", O, "Teaching assistants", """SIR - Cutting teaching assistants to balance school budgets falls hardest on children with special needs. The Government must fund schools properly.

A. Haworth, Bolton""")
W("email", O, "Free school meals", """Please push for free school meals for every child on Universal Credit. My two don't qualify and we're skipping meals. Thanks, Jade""")
W("campaign", O, "Make every school a swimming school", """One in three children leaves primary school unable to swim 25 metres. Sign our petition calling for ring-fenced funding for school swimming lessons.""")
W("email", O, "Housing association repairs", """Dear Mr Mossop, my housing association flat has had a leaking roof since October and the ceiling is bowing. They keep closing the job. Please help. Regards, Terry Dunne""")
W("angry", O, "rents", """My rent went up £200 a month. Bring in rent controls before everyone ends up on the street.""")
W("petition", O, "Build 100,000 social rent homes a year", """We want the Government to fund councils and housing associations to build at least 100,000 homes for social rent every year.

More details
Over a million households are on waiting lists. Only social rent is affordable on local wages.""")
W("older", O, "Bedroom tax", """Dear Sir,

I am disabled and my wife and I sleep in separate rooms because of my condition. We are now being charged the spare room subsidy. I ask you to oppose this unfair tax.

Yours faithfully,
G. Renshaw
May 2013""")
W("email", O, "Homelessness in the town centre", """Dear Ms Kirkham, there are more people sleeping in doorways in Bramley town centre than I have ever seen. Please ask the council what is being done and support funding for a night shelter. Regards, Peter Gale""")
W("editor", O, "Help to Buy", """SIR - Help to Buy simply pushed up prices and padded housebuilders' profits. Whatever replaces it should help renters save, not inflate the market further.

N. Rayner, Milton Keynes""")
W("angry", O, "PIP", """Turned down for PIP again after twenty minutes on the phone with someone who's never met me. The system is rigged.""")
W("email", O, "Universal Credit five-week wait", """Please support ending the five-week wait for the first Universal Credit payment. I had to take an advance and now I'm paying it back out of money I need for food. Shaun""")
W("template", O, "Uprate benefits with inflation", """Dear MP,

I am writing to ask you to make sure that every benefit, including Local Housing Allowance, rises in line with inflation every April. Freezes push families into debt.

Yours sincerely,
[Your name]""")
W("older", O, "ESA assessment", """Dear Mrs Gosling,

My son has schizophrenia and was found fit for work after an Atos assessment lasting fifteen minutes. We are appealing. Could you help?

Yours sincerely,
B. Whiteley
2012""")
W("email", O, "Attendance allowance", """Dear Mr Noakes, my mother's Attendance Allowance claim has been waiting fourteen weeks. She is 91. Could you chase DWP? Regards, Linda Fell""")
W("petition", O, "Stop the 400-home development at Copthorne Meadows", """We want the Government to call in the planning application for 400 homes at Copthorne Meadows.

More details
The site floods every winter and the village has no school places or GP capacity.""")
W("email", O, "Planning enforcement", """Hi, my neighbour has built a two-storey extension without permission and the council's enforcement team hasn't replied in five months. Can you help? Thanks, Gemma""")
W("angry", O, "warehouses", """Another giant warehouse on farmland outside the village. Who is approving these?""")
W("older", O, "Wind turbines near the village", """Dear Sir,

I object to the proposal for eight wind turbines on Hollin Moor, which would dominate the landscape for miles. I trust you will support local residents.

Yours faithfully,
P. Goodall
2013""")
W("editor", O, "Build the houses", """SIR - Every time homes are proposed, the same people who bought their houses thirty years ago object. Young families need somewhere to live. Councils should approve more.

T. Sandbach, Crewe""")
W("email", O, "Dog attacks on sheep", """Dear Ms Northway, three of my ewes were killed by dogs off the lead last month. Please support tougher penalties for livestock worrying. Regards, Alan Jopling""")
W("petition", O, "Ban the sale of glue traps to the public", """The Government should ban the sale of glue traps for rodents to members of the public in England.

More details
Animals caught in glue traps die slowly and painfully.""")
W("angry", O, "puppy farms", """Puppy farms are still operating in plain sight. Shut them down.""")
W("campaign", O, "End cages for farmed animals", """Millions of hens, pigs and quail in the UK still spend their lives in cages. Sign our petition asking the Government to phase out cages for farmed animals.""")
W("email", O, "Horse fly-grazing", """Hi, horses have been dumped on the verge of the B6201 again, no water and wandering into the road. Who is responsible? Thanks, Sue""")
W("older", O, "Fox hunting", """Dear Mr Lindley,

I understand there may be a free vote on repealing the Hunting Act. I urge you to vote to keep the ban.

Yours sincerely,
Mrs E. Darlow
2015""")
W("angry", O, "potholes", """Burst two tyres on Hartwell Lane this month. The potholes are a disgrace. Fix the road!""")
W("email", O, "Road resurfacing", """Dear Ms Pennock, Mill Lane was resurfaced only last year and it's already breaking up. Can you ask the council why the contractor isn't being made to put it right? Regards, Don Ecclestone""")
W("paper", O, "Public petition: speed limit on the A616", """The petition of residents of Stockton Bridge,

Declares that the A616 through the village has seen four serious accidents in two years; and further declares that the 50mph limit is too high.

The petitioners therefore request that the House of Commons urge the Government to support a 30mph limit and traffic calming through the village.

And the petitioners remain, etc.""")
W("email", O, "Level crossing closure", """Hi, Network Rail wants to close the footpath crossing at Pike's Lane. It's the only way to the school for half the estate. Please object. Steve""")
W("editor", O, "Cycle lanes", """SIR - The new cycle lanes on Abbey Road are empty while buses crawl behind them. The council should think again.

R. Hebblewhite, Nottingham""")
W("email", O, "Train fares", """Please support a fares freeze. My season ticket costs more than my mortgage. Regards, Imogen""")
W("angry", O, "water bills", """Water bills up 30% and sewage in the river. Nationalise the water companies.""")
W("email", O, "Energy company back-billing", """Dear Mr Blenkinsop, my energy company has sent a bill for £3,100 for three years of estimated readings. Isn't there a limit on back-billing? Regards, Jean Swales""")
W("older", O, "Post office closure", """Dear Sir,

I write to oppose the closure of the Hillfoot sub-post office under the network change programme. Elderly residents rely on it for pensions.

Yours faithfully,
A. Waddington
2008""")
W("template", O, "Save our community pharmacy", """Dear MP,

Community pharmacies are closing across the country because NHS funding has not kept pace with costs. Please press for a fair funding deal so our local pharmacy can stay open.

Yours sincerely,
[Name]""")
W("email", O, "Scam calls", """My dad was scammed out of £8,000 by someone pretending to be his bank. Please push for banks to refund victims faster. Clare""")
W("angry", O, "speeding cars", """Boy racers every night on the bypass. Where are the police?""")
W("petition", O, "Recruit 10,000 more neighbourhood police officers", """The Government should fund 10,000 more neighbourhood police officers in England and Wales.

More details
Visible local policing deters crime and builds trust.""")
W("email", O, "Antisocial behaviour", """Dear Ms Cotterill, a group of teenagers is setting fires in the park behind our house most weekends. The police say they have no one to send. What can be done? Regards, Mr and Mrs Aske""")
W("older", O, "ID cards", """Dear Sir,

I wish to register my opposition to the National Identity Card scheme. It is expensive, intrusive and will not stop terrorism.

Yours faithfully,
H. Brocklehurst
2006""")
W("email", O, "Social care for my mum", """Dear Mr Tattersall, my mum has been in hospital for six weeks because there is no home care package available. Please help. Regards, Kerry""")
W("editor", O, "Care workers", """SIR - Care workers are paid less than supermarket staff for work that is far harder. A national minimum wage for care of £15 an hour is the only way to fill the vacancies.

M. Greenwood, Huddersfield""")
W("petition", O, "Cap the cost of social care", """We want the Government to introduce a lifetime cap on what anyone pays for their own social care.

More details
People with dementia lose their homes to pay for care while those with cancer get NHS treatment free.""")
W("email", O, "Flood defences", """Dear Mrs Ibbotson, our street flooded for the third time in five years. The Environment Agency scheme has been delayed again. Please press for it to be funded. Regards, Tom Hepworth""")
W("angry", O, "fly tipping", """Mattresses, tyres, asbestos. Fly-tipping on our lane every week. Bigger fines now.""")
W("campaign", O, "Stop sewage dumping in the Wyre", """Water companies dumped sewage into our river hundreds of times last year. Sign our petition calling for bans on bonuses until dumping stops.""")
W("email", O, "Tree felling", """Hi, the council wants to fell six healthy lime trees on Church Walk. Please ask them to reconsider. Thanks, Alison""")
W("older", O, "Third runway", """Dear Sir,

As a resident under the flight path, I must oppose the proposed third runway at Heathrow. Noise is already intolerable at 4.30 in the morning.

Yours faithfully,
P. Sandford
2009""")
W("email", O, "Broadband in Upper Nethercote", """Dear Ms Cropper, we still have 2Mbps broadband in Upper Nethercote. I run a business from home. Is there any chance of Project Gigabit reaching us? Regards, Helen Rigg""")
W("angry", O, "bank branch", """Last bank in town closing. How are old people supposed to pay in cheques?""")
W("petition", O, "Raise the minimum wage for 18-20 year olds to the adult rate", """The Government should pay workers aged 18 to 20 the full National Living Wage.

More details
Young workers pay the same rent and bills as older colleagues.""")
W("email", O, "Self-employed and maternity", """Please support better maternity pay for self-employed mums. Maternity Allowance is a fraction of what employees get. Thanks, Becky""")
W("older", O, "Child benefit cut", """Dear Mrs Entwistle,

I am a stay-at-home mother and my husband earns just over the new threshold, so we lose all our Child Benefit while a couple each earning £49,000 keeps it. This is unfair.

Yours sincerely,
Mrs K. Pennington
2012""")
W("email", O, "Hedgehog highways", """Could new housing estates be required to have hedgehog gaps in fences? Numbers are collapsing. Thanks, Mabel""")
W("angry", O, "council tax", """Council tax up again and the library's open two days a week. What are we paying for?""")
W("template", O, "Stop the closure of our fire station", """Dear MP,

I am writing to oppose the plan to close Brindle Green fire station. Response times to outlying villages would double. Please support keeping it open.

Yours sincerely,
[Name]""")
W("email", O, "Hearing aids", """Dear Mr Gartside, the audiology wait at our hospital is now 40 weeks for hearing aids. My husband can't hear the phone. Can anything be done? Regards, Pat Oddy""")
W("editor", O, "Sunday trading", """SIR - Extending Sunday trading hours would destroy the one day shop workers can count on with their families. Parliament should leave the law alone.

Rev. A. Catterall, Bury""")
W("petition", O, "Make CPR training compulsory in secondary schools in every year", """We want the Government to require every secondary school pupil to be taught CPR every year.

More details
Bystander CPR doubles survival from cardiac arrest.""")
W("email", O, "Allotments", """The waiting list for allotments in Ashby Fields is seven years. Could the council be encouraged to open the old nursery site? Regards, George""")
W("angry", O, "parking fines", """£100 fine for being two minutes over in a supermarket car park. Regulate these cowboy parking firms!""")
W("email", O, "Lollipop crossing", """Dear Ms Pilling, the council is cutting the school crossing patrol on Hollins Road. The road is lethal at 8.30. Please help. Regards, Aisha Hussain""")

# ---------------------------------------------------------------- more petitions, devolved and organisation letters
W("org", G, "Interfaith forum: Gaza family visas", """Dear Member of Parliament,

Our interfaith forum brings together churches, mosques and a synagogue in the borough. Several of our members have relatives in Gaza with no way to reach safety. We ask you, as a forum, to urge the Home Office to open a humanitarian family route for Palestinians from Gaza with close family in the UK, with security checks carried out in Egypt or Jordan.

Yours faithfully,
Convenor, Borough Interfaith Forum""")
W("older", G, "Arms export review", """Dear Mr Copplestone,

I welcome the Business Secretary's review of export licences to Israel after this summer's fighting in Gaza. I hope you will press for the licences to be suspended if the review finds British components were used against civilians.

Yours sincerely,
Helen Aspinall
August 2014""")
W("devolved", G, "Senedd petition: Wales should recognise Palestine", """We call on the Senedd to express its support for recognition of the State of Palestine and to urge the Welsh Government to ask the UK Government to recognise Palestine without further delay.

Additional information: Many councils and communities in Wales have twinning and solidarity links with Palestinian towns. Recognition would support a just two-state settlement.""")
W("editor", G, "Eurovision and Israel", """SIR - Whatever one thinks of Israel's war in Gaza, singers should not be blamed for their government. The BBC and the Government should resist the campaign to expel Israel from Eurovision, which is a boycott of Israelis under another name.

P. Gould, Leeds""", "view on Israel via Eurovision: gaza")
W("org", D, "Gurkha welfare group: pension equality", """Dear Member of Parliament,

Our association represents around four hundred Gurkha veterans and their widows in Hampshire and Kent. Many retired before 1997 and receive pensions calculated on Indian Army rates. We ask you to support a fresh review of Gurkha pensions and the right of adult children of settled Gurkhas to join their parents.

Yours faithfully,
Chairman, Gurkha Veterans' Association (Southern Branch)""")
W("devolved", O, "Scottish Parliament petition: rural bus services", """Calling on the Scottish Parliament to urge the Scottish Government to guarantee at least one bus a day to every rural community in Scotland.

Background: Commercial operators have withdrawn services across the Highlands, leaving people unable to reach work, school or hospital appointments.""")
W("devolved", O, "Senedd petition: war memorial repair grants", """We call on the Senedd to urge the Welsh Government to create a grant scheme for community councils to repair and maintain local war memorials.

Additional information: Many memorials in Welsh villages are weathered and names are becoming illegible.""", "war memorials: other")
W("org", O, "Refugee charity: Syrian resettlement", """Dear Member of Parliament,

Our charity supported twenty Syrian families resettled in the town under the Vulnerable Persons Resettlement Scheme. We ask you to press the Home Office to reopen a safe and legal resettlement route for refugees from the region.

Yours faithfully,
Director""", "Syrian refugees: other (README: refugees in general)")
W("org", O, "Tenants' association: damp and mould", """Dear Member of Parliament,

Our tenants' association represents 600 households on the Meadowbank estate. Damp and mould complaints have tripled since last winter. We ask you to press the landlord and the regulator to enforce Awaab's Law deadlines.

Yours faithfully,
Secretary, Meadowbank Tenants' Association""")

# ---------------------------------------------------------------- output and self-check


def main():
    items = letter_batch.rows(LETTERS, "e")
    letter_batch.check(items, "breadth2", STYLES, letter_batch.earlier_letters(EARLIER))
    letter_batch.write(items, OUT)
    letter_batch.report(items, "breadth2", STYLES)


if __name__ == "__main__":
    main()
