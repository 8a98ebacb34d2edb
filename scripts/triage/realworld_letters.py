"""Real-world-style training letters (templates/training/realworld.jsonl), written one by one.

Why: measured on real public petitions and letters, the classifier missed or abstained on topic letters whose wording
the skeleton corpus never covers, and gave a wrong topic to some letters that only mention a topic in passing. These
letters widen the corpus in subject matter and in style: UK Parliament e-petitions (title, "We want the Government
to...", "More details"), 38 Degrees / change.org campaigns, campaign template letters, short angry one-liners, long
personal letters, formal letters from organisations, letters with typos and no punctuation, all-capitals subjects.
About 40% are topic letters (ukraine, gaza, defence, eu, some multi-label); the rest are "other": casework, domestic
policy, foreign affairs that are not our topics, and hard negatives that mention a topic word in passing.

Every letter is its own text (no skeletons, no slots): ids are w0001... in the order below. Labels follow
templates/training/README.md: a letter gets a topic only when it asks the MP to act on, or states a view about, that
topic's policy. Where the label needed judgement the entry carries a "note" (also written to the JSON line).
None of this text is copied or paraphrased from any real petition or campaign; it was written for this corpus, and
the real-letter evaluation set was not read.

Run (standard library only, deterministic):

    /usr/bin/python3 scripts/triage/realworld_letters.py

It writes templates/training/realworld.jsonl, checks the letters (unique ids, unique bodies, known labels and styles)
and prints the counts per label and per style.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import letter_batch  # noqa: E402

OUT = os.path.join(letter_batch.TRAINING, "realworld.jsonl")
STYLES = {
    "petition": "UK Parliament e-petition: title, 'We want the Government to...', 'More details'",
    "campaign": "38 Degrees / change.org style campaign or petition text",
    "template": "campaign template letter sent by many constituents",
    "angry": "short angry one-liner or near one-liner",
    "personal": "long personal letter with the writer's own story",
    "org": "formal letter from an organisation, charity, business or council",
    "sloppy": "typos, no punctuation, text-speak",
    "caps": "all-capitals subject (and often body)",
    "email": "ordinary short email to the MP",
}

LETTERS, W = letter_batch.collector()

# ---------------------------------------------------------------- ukraine
U = ["ukraine"]
W("petition", U, "Provide Ukraine with the air defence systems it needs this winter", """We want the Government to send more air defence systems and interceptor missiles to Ukraine before the winter, and to work with allies to replace what Ukraine has used.

More details
Every night Russian drones and missiles hit power stations, flats and hospitals across Ukraine. Without enough interceptors, cities go dark and families freeze. The UK has helped before and should lead again by funding launchers, radar and ammunition.""")
W("petition", U, "Stop all further financial aid to Ukraine", """We want the Government to stop sending taxpayers' money to Ukraine and spend it on public services in the UK instead.

More details
Billions of pounds have gone to Kyiv while our hospitals, roads and schools fall apart. There is no end in sight to this conflict and British families should come first. Parliament should vote before a single extra pound is sent.""")
W("petition", U, "Extend the Homes for Ukraine thank-you payments for hosts", """We want the Government to keep paying the monthly thank-you payment to Homes for Ukraine sponsors for as long as their guests need a home, and to raise it in line with living costs.

More details
Thousands of households opened their spare rooms in 2022. Energy and food costs have risen and many hosts cannot afford to carry on. If hosting ends, Ukrainian families risk homelessness. A modest payment keeps placements going and costs far less than temporary accommodation.""")
W("petition", U, "Give Ukrainians in the UK a route to settlement", """We want the Government to create a route to indefinite leave to remain for Ukrainians who came under the Ukraine schemes, so that they can plan their lives here.

More details
Ukrainians have been given temporary permission that is extended a year or eighteen months at a time. Employers will not offer contracts, landlords will not sign leases and children do not know where they will finish school. After several years of working and paying tax here, they deserve the security of settlement.""")
W("petition", U, "Use frozen Russian assets to rebuild Ukraine", """We want the Government to transfer the Russian state assets frozen in the UK to Ukraine for reconstruction and compensation for victims of the invasion.

More details
Russia should pay for the destruction it has caused, not British or Ukrainian taxpayers. The money is sitting in UK accounts. Legislation can make it available and other G7 countries could follow our lead.""")
W("petition", U, "Ban all imports of Russian oil products refined in third countries", """We want the Government to ban imports of diesel and other fuels refined from Russian crude oil in third countries.

More details
Russian crude is shipped to refineries abroad and comes back to the UK as diesel and jet fuel, which means we are still paying for the war. Closing this loophole would cut Russia's revenue.""")
W("petition", U, "Allow Ukrainian students to pay home fees at UK universities", """We want the Government to treat Ukrainian refugees as home students for tuition fees and student finance.

More details
Young Ukrainians who finished school here are being asked for international fees of over twenty thousand pounds a year. They did not choose to leave their country. Without home fee status a whole generation will miss out on university.""")
W("petition", U, "Sanction every Russian oligarch with links to the Kremlin", """We want the Government to freeze the assets and ban the entry of every oligarch who supports Putin's regime, and close the loopholes that let them hide money in London property.

More details
Too many of Putin's friends still own mansions and companies in Britain through shell companies and family members. Sanctions must be complete and enforced.""")
W("campaign", U, "Tell the Government: bring Ukraine's stolen children home", """Sign the petition. Since the invasion, thousands of Ukrainian children have been taken from occupied areas into Russia, given new names and put up for adoption. Every one of them has a family waiting. We are asking the Foreign Secretary to make the return of these children a condition of any peace deal, to fund the organisations tracing them, and to sanction every official involved. Add your name now.""")
W("campaign", U, "Don't let Ukraine be sold out in a peace deal", """Ukraine's future is being decided by people who do not live there. A ceasefire that hands Russia the land it seized would reward invasion and invite the next one. Sign to tell the Prime Minister: no deal about Ukraine without Ukraine, no recognition of occupied territory, and security guarantees that actually mean something.""")
W("campaign", U, "Keep the lights on in Ukraine", """Russia is deliberately bombing Ukraine's power grid so that families freeze in the dark. Generators, transformers and repair crews can save lives this winter. We're calling on the UK government to fund emergency energy equipment for Ukraine and to press allies to do the same. It takes 30 seconds to add your name.""")
W("campaign", U, "Stop the shadow fleet", """Hundreds of rusting tankers with no proper insurance are carrying Russian oil through the English Channel every month, funding the war and risking an oil spill on our coast. Sign our petition calling on ministers to stop, inspect and sanction every shadow fleet vessel in UK waters.""")
W("template", U, "Ukraine Family Scheme: let families reunite", """Dear MP,

I am writing to ask you to urge the Home Office to reopen the Ukraine Family Scheme. When it closed, Ukrainians already living safely here lost the chance to bring over parents, brothers and sisters still under bombardment. Family reunion should not depend on the date an application was made.

Please raise this with the Home Secretary and let me know the response.

Yours sincerely""")
W("template", U, "Ukraine Permission Extension", """Dear Member of Parliament,

As your constituent I am concerned about the uncertainty facing Ukrainians under the Ukraine Permission Extension scheme. People who have rebuilt their lives here, work in our care homes and send children to our schools are left guessing whether they can stay. I ask you to press the Government for a longer extension and a clear path to settlement, and to oppose any plan to make people return to a country still at war.

Thank you for your time.""")
W("template", U, "Hold Russia to account for war crimes", """Dear MP,

The evidence of torture, executions and the bombing of hospitals in Ukraine is overwhelming. I ask you to support a special tribunal for the crime of aggression, full funding for the International Criminal Court's investigation, and UK help for Ukrainian prosecutors gathering evidence. Putin and his commanders must face justice.

Yours faithfully""")
W("template", U, "Sanctions on Russia must not be weakened", """Dear MP,

There is talk of easing sanctions on Russia as part of negotiations. I urge you to oppose any lifting of sanctions until Russian troops have left Ukraine and reparations are agreed. Sanctions are one of the few tools that are working; please say so publicly.

Kind regards""")
W("angry", U, "ukraine", """Not one more penny for Zelensky. Our pensioners are freezing.""")
W("angry", U, "Enough", """How much more of OUR money is going to Ukraine?? Answer the question.""")
W("angry", U, "Long range missiles", """Let Ukraine use the Storm Shadow missiles on targets inside Russia. Stop tying their hands.""")
W("angry", U, "Peace now", """The war in Ukraine has killed hundreds of thousands. Stop feeding it with weapons and get both sides to the table.""")
W("angry", U, "Putin", """Putin is a war criminal and the Government should say it plainly and act like it. More tanks, more shells, now.""")
W("personal", U, "Our Ukrainian guests and the end of the visa", """Dear Ms Patel,

In April 2022 my husband and I welcomed Oksana and her two daughters into our home in Thornbury under Homes for Ukraine. The girls are now at the local secondary, one is predicted top grades, and Oksana works as a dental nurse. They have become part of our family and our village.

What keeps all of us awake is the visa. Each extension is only for a limited period and nobody can tell them what comes after. Oksana cannot get a mortgage or even a two-year tenancy. The girls ask whether they will be sent back in the middle of their exams.

I am not writing about their individual case, which is in order. I am writing because the policy leaves every Ukrainian family in this position. Please will you ask the Home Secretary to give Ukrainians who have been here for years the right to settle, as other refugees eventually can.

With thanks,
Gillian Hart""")
W("personal", U, "From a Ukrainian mother in your constituency", """Dear Sir,

My name is Iryna. I came with my son in March 2022 from Kharkiv. My husband stays in Ukraine, he is in the army. I work now in a warehouse and my son is in Year 9. We are grateful to Britain every day.

But I must ask you. Please do not let your government stop helping Ukraine. Every night I read the news about drones on Kharkiv. My mother is still there in a flat without windows. The air defence you send saves people like her. If the help stops, Russia will take more and more.

Please speak in Parliament for more support to Ukraine and for more air defence. Thank you for reading my letter.

Iryna""")
W("personal", U, "I have changed my mind about Ukraine aid", """Dear MP,

I supported helping Ukraine in 2022. My father was in the forces and I believe in standing up to bullies. But I have watched this go on for years now, with the front line barely moving, while the bill keeps rising and our own town loses its library and its bus routes.

I no longer believe more weapons will end this. I think the Government should be honest that there is no military victory coming and put everything into a negotiated settlement, even if nobody gets everything they want. Young men on both sides are dying for a few miles of mud.

I would like to know your own view, not the party line.

Yours,
Derek Foulds""")
W("personal", U, "A host's view of Homes for Ukraine", """Hello,

We have hosted a young couple from Zaporizhzhia for nearly three years. I want to tell you what works and what does not, because I think the scheme needs changing.

What works: ordinary people stepped up when the Government asked. What does not: there is no move-on plan. Our guests both work, but letting agents will not accept them because their visas run out within a year, and the council says hosts should just keep going. We are in our seventies and would like our house back one day.

Could the Government offer rent guarantees for Ukrainian families leaving hosting and longer visas so landlords will take them? I think many hosts in this area would agree with me.

Best wishes,
Alan and Mary Greenwood""")
W("org", U, "Support for Ukrainian refugees in the borough", """Dear Member of Parliament,

I write on behalf of the trustees of Bridge to Ukraine, a volunteer charity supporting around 300 Ukrainian households in the borough. We are concerned about three national policy issues: the short length of visa extensions, which blocks access to jobs and tenancies; the absence of a route to settlement; and the loss of funding for English classes for adults.

We would be grateful if you would raise these with ministers and consider meeting our volunteers at our Saturday hub. We can provide case studies with consent.

Yours faithfully,
Chair of Trustees, Bridge to Ukraine""")
W("org", U, "Ukrainian church community: appeal to Parliament", """Dear Honourable Member,

On behalf of the parish council of the Ukrainian Greek Catholic community in our city, we ask you to support continued military and humanitarian help to Ukraine. Many of our parishioners have lost relatives at the front and in the shelling of civilian areas. We also ask you to support the return of deported Ukrainian children and the release of civilians held in Russian prisons.

We pray for peace, but a peace with justice.

Respectfully,
Parish Council Secretary""")
W("org", U, "Grain and food security", """Dear MP,

As a food security charity we write about Black Sea shipping. Russian attacks on Ukrainian ports and grain silos threaten food prices for millions of people in Africa and the Middle East who depend on Ukrainian wheat. We ask the Government to help protect the Ukrainian grain corridor, fund port repairs and de-mining of farmland, and keep sanctions pressure on Russia until it stops targeting food infrastructure.

Yours sincerely,
Policy Director""")
W("sloppy", U, "ukrain money", """why r we still giving ukrain billions when my mum waited 9 hours in a&e, sort out this country first not some war over there""")
W("sloppy", U, "pls help ukrainians stay", """hi im writing about ukrainian people here there visas are ending and they dont know if they can stay my friend works at the school with me shes scared pls ask goverment to let them stay for good thanks""")
W("sloppy", U, "russia sanctions", """dear mp saw on the news that russian oil still gets into uk through india?? how is that allowed, thought we had sanctions, please get it stopped""")
W("sloppy", U, "the war", """i dont get why we cant just send ukraine the jets and missiles they ask for and be done with it russia wont stop other wise, stand up for them""")
W("caps", U, "STOP FUNDING THE WAR IN UKRAINE", """STOP FUNDING THE WAR IN UKRAINE. WE ARE SKINT. NEGOTIATE.""")
W("caps", U, "CRIMEA IS UKRAINE", """I am horrified that some want Ukraine to give up Crimea and the occupied east for a so-called peace. Please tell the Foreign Office never to recognise Russia's annexation of any Ukrainian land.""")
W("caps", U, "SEND THE TYPHOONS", """UKRAINE NEEDS FIGHTER JETS AND AMMUNITION NOW NOT NEXT YEAR. PLEASE PUSH THE MINISTER.""")
W("email", U, "Question about the Ukraine loan", """Dear Mr Harris, I saw that the UK is lending Ukraine money to be repaid from the profits of frozen Russian assets. Could you explain whether this means British taxpayers carry the risk, and will you support seizing the assets themselves instead? Thanks, P. Walsh""")
W("email", U, "Russian gas still coming in", """Hello, I understand we still buy liquefied gas that has passed through terminals handling Russian LNG. Will the Government push for a full ban on Russian LNG and work with partners to end all Russian energy imports? I would appreciate a reply.""")
W("email", U, "Zelensky's visit", """Dear MP, please convey my support to the Government for continuing to stand with President Zelensky and the Ukrainian people. I hope the 100-year partnership signed with Ukraine will be more than words and will include long-term military help.""")
W("email", U, "British volunteers in Ukraine", """I am asking about policy, not a case. There are British citizens fighting in the Ukrainian foreign legion. Is it legal, and what will the Government do if they are captured by Russia? Please also ask the Foreign Office to treat captured foreigners as prisoners of war and press Russia on the Geneva Conventions.""")
W("email", U, "Ukrainian prisoners of war", """Dear Ms Lowe, reports of Ukrainian prisoners of war being tortured and killed in Russian captivity are sickening. I would like the UK to push through the UN and the Red Cross for access to all prisoners and for prisoner exchanges. Thank you.""")
W("email", U, "Tariffs on Russian goods", """Please support higher tariffs and a complete ban on Russian metals, fertiliser and timber still entering the UK. Every pound we spend with Russia ends up in the war chest.""")
W("email", U, "Kakhovka dam and ecocide", """Hi, I study environmental law. The destruction of the Kakhovka dam flooded towns and destroyed ecosystems in southern Ukraine. I'd like the UK to support investigating it as a war crime and help Ukraine with environmental recovery.""")
W("email", U, "Reconstruction contracts", """Good afternoon. Will the Government ensure that UK firms can take part in rebuilding Ukraine after the war, and that Russia pays for it? I run a small engineering firm and would like to know what the official position is on the Ukraine Recovery Conference commitments.""")
W("email", U, "Ukrainian men of fighting age", """Dear MP, my neighbour's son is a Ukrainian student here. There are rumours the UK might help Ukraine bring back men of conscription age. I hope you will make sure the UK never forces any Ukrainian refugee to return to fight. Please clarify the Government's position.""")
W("email", U, "Peace talks must include Ukraine", """Any talks about ending the war in Ukraine that take place between Washington and Moscow without Kyiv at the table are a betrayal. Please ask the Foreign Secretary what the UK is doing to make sure Ukraine and Europe have a seat.""")
W("email", U, "Stop humanitarian aid being diverted", """I support helping Ukraine but I want proof that the money is not lost to corruption. Please ask the Government to publish how UK aid to Ukraine is audited.""", "asks for accountability on Ukraine aid: still a view on Ukraine aid policy")
W("email", U, "Russian athletes", """Russian and Belarusian athletes should not be allowed to compete under a neutral flag while the invasion of Ukraine continues. Please ask the sports minister to keep pushing for a full ban as part of our pressure on Moscow.""", "sport as a lever on Russia over the war: ukraine")
W("personal", U, "Nine months since my brother was killed", """Dear Mr Okafor,

I am British, married to a Ukrainian, and last spring my brother-in-law Andriy was killed near Pokrovsk. He was a music teacher before the war. I am writing because I hear more and more people saying Britain should stop helping and let Russia have what it wants.

If Russia wins, Andriy died for nothing and the millions who fled will never go home. I ask you to vote for every measure that keeps Ukraine supplied and to speak up against those in your own party who want to walk away. Please also support longer visas for Ukrainians here while their homes are being bombed.

Respectfully,
Helen Kovalenko""")
W("template", U, "No to a ceasefire that rewards Russia", """Dear MP,

A ceasefire in Ukraine that freezes the front line without security guarantees would give Russia time to rearm and attack again. I urge you to support a just peace based on Ukraine's territorial integrity, with continued UK military aid until then.

Yours sincerely""")
W("campaign", U, "Ukrainian refugees shouldn't be forced home to a war zone", """Petition to the Home Secretary: Ukrainians who fled here are being told their permission may not be renewed. Russia is still bombing their cities. We call on the Home Office to guarantee that no Ukrainian is made to return while the war continues, and to give people who have built lives here the right to stay permanently. Please sign and share.""")
W("petition", U, "Recognise the deportation of Ukrainian children as genocide", """We want the Government to formally recognise Russia's forced transfer of Ukrainian children as genocide and to lead international efforts to return them.

More details
Under the Genocide Convention, forcibly transferring the children of a group to another group is an act of genocide. The ICC has already issued an arrest warrant for Putin over the deportations. The UK should call it what it is.""")
W("petition", U, "Hold a referendum before any further military aid to Ukraine", """We want the Government to hold a public vote before committing any further military aid to Ukraine.

More details
The British people have never been asked whether they want to fund a foreign war indefinitely. The sums involved are enormous and the risk of escalation with a nuclear power is real. Let the public decide.""")
W("email", U, "Belarus", """Belarus lets Russia launch attacks on Ukraine from its territory. Please ask the Government to match every sanction on Russia with the same sanction on Lukashenko's regime.""")
W("email", U, "Russian propaganda and the war", """Dear MP, Russian state media and bot networks are spreading lies in the UK about the war in Ukraine. Will the Government sanction more of the propagandists and the companies that host them? Thank you.""", "about Russia's war propaganda and sanctions: ukraine")
W("email", U, "UK companies still in Russia", """I was shocked to learn that some British brands still trade in Russia and pay taxes there that fund the invasion. Please support naming these firms and extending sanctions to them.""")
W("sloppy", U, "homes for ukraine", """hosting a family since 2022 the £350 doesnt cover anything now with bills, goverment needs to up it or hosts will give up, can u raise it pls""")
W("angry", U, "Oligarch mansions", """Why do Putin's cronies still own half of Belgravia? Seize the lot and send it to Ukraine.""")
W("angry", U, "Stop the escalation", """Sending long-range missiles to Ukraine to hit Russia risks nuclear war. Stop it before it is too late.""")
W("email", U, "Nuclear plant in Zaporizhzhia", """I am worried about the Zaporizhzhia nuclear power station occupied by Russian troops. Please urge the Government to back the IAEA and press Russia to withdraw from the plant.""")
W("email", U, "Ukrainian orphans", """Our church would like to help Ukrainian orphans. Is the UK government funding family-based care for children who lost parents in the war, and will it press Russia to return children taken from Ukrainian orphanages?""")
W("org", U, "Letter from the local Ukrainian association", """Dear Sir or Madam,

The Midlands Ukrainian Association thanks you for your support to date. We write ahead of the budget to ask that military and humanitarian aid to Ukraine is maintained at least at current levels next year, that sanctions enforcement is strengthened, and that the Government supports a route to settlement for the Ukrainians now living in our region.

Yours faithfully,
Secretary, Midlands Ukrainian Association""")
W("caps", U, "WHAT ABOUT THE FROZEN ASSETS", """THE GOVERNMENT PROMISED TO USE THE ABRAMOVICH CHELSEA MONEY FOR UKRAINE. WHERE IS IT? WHY IS IT STILL SITTING IN A BANK?""")
W("email", U, "Mobile phone data on war crimes", """Sir, I work in digital forensics. Could the Government fund more UK expertise to help Ukraine document Russian war crimes so the evidence stands up in court? Happy to talk.""")
W("sloppy", U, "crimea", """crimea shud go back to ukraine simple as, russia stole it in 2014 and we all just let them, dont make same mistake""")
W("template", U, "Ukrainian students: home fee status", """Dear MP,

I am writing about young Ukrainians who came to the UK under the Ukraine schemes and now wish to go to university. Many are being charged international fees because of the rules on residence. I ask you to urge the Education Secretary to guarantee home fee status and student finance for them.

Thank you.""")
W("email", U, "Energy equipment for Ukraine", """Dear MP, our town twinned with a town near Chernihiv last year. They have power for a few hours a day. I would like the Government to send more generators and grid parts to Ukraine this winter and to keep helping repair the energy system that Russia bombs.""", "the twinning is background; the ask is aid to Ukraine")
W("email", U, "Drones", """Ukraine is fighting a drone war. The UK should fund mass production of drones for Ukraine here and in Ukraine, and help with electronic warfare. It's the cheapest way to help them hold the line.""")
W("angry", U, "A question", """Why hasn't the UK recognised that Russia is a terrorist state? It bombs children's hospitals in Kyiv.""")
# ---------------------------------------------------------------- gaza
G = ["gaza"]
W("petition", G, "Suspend all arms export licences to Israel", """We want the Government to suspend every export licence for weapons and military components to Israel, including parts for the F-35 programme.

More details
The Government has accepted there is a clear risk that some UK exports might be used in serious violations of international humanitarian law in Gaza. Exempting F-35 components leaves British-made parts in the aircraft bombing Gaza. A full suspension is the only consistent position.""")
W("petition", G, "Recognise Palestine as an independent state", """We want the Government to recognise the State of Palestine immediately, without conditions.

More details
Most countries in the world already recognise Palestine. The UK has a historic responsibility through the Balfour Declaration and the Mandate. Recognition is not a reward for anyone; it is the right of the Palestinian people and a basis for peace.""")
W("petition", G, "Restore UK funding to UNRWA in full", """We want the Government to restore and increase its funding for UNRWA so that food, water and medical care reach civilians in Gaza.

More details
UNRWA runs the schools, clinics and food distribution that millions of Palestinian refugees depend on. No other agency has its reach in Gaza. Cutting or delaying funding punishes civilians.""")
W("petition", G, "Ban goods from illegal Israeli settlements", """We want the Government to ban the import and sale of goods produced in Israeli settlements in the occupied West Bank and East Jerusalem.

More details
Settlements are illegal under international law. By allowing their produce on our shelves we help finance them. Ireland has moved to ban settlement goods and the UK should follow.""")
W("petition", G, "Evacuate sick and injured children from Gaza for NHS treatment", """We want the Government to set up a medical evacuation scheme to bring critically ill and injured children from Gaza to the UK for treatment.

More details
Gaza's hospitals have been destroyed or cannot function. Children with burns, amputations and cancer are dying for lack of care. NHS doctors have offered to treat them. Other countries have taken children; the UK has taken almost none.""")
W("petition", G, "Proscribe the IRGC and stand with Israel against Iran", """We want the Government to proscribe Iran's Revolutionary Guard Corps and support Israel's right to defend itself against attacks by Iran and its proxies.

More details
Iran has fired hundreds of missiles and drones at Israel and arms Hamas, Hezbollah and the Houthis. The UK should stand with its ally and treat the IRGC as the terrorist organisation it is.""", "Iran-Israel conflict: wider Middle East conflict, gaza")
W("petition", G, "Sanction Israeli ministers who incite violence", """We want the Government to impose sanctions on Israeli ministers who incite violence against Palestinians and call for the annexation of the West Bank.

More details
The UK has already sanctioned some violent settlers. Ministers who encourage them and who call for Gaza to be emptied of Palestinians should face travel bans and asset freezes too.""")
W("petition", G, "Protect journalists in Gaza", """We want the Government to demand an independent investigation into the killing of journalists in Gaza and to press Israel to let international media into Gaza.

More details
More journalists have been killed in Gaza than in any recent conflict. Foreign reporters have been kept out. Without journalists the world cannot know what is happening.""")
W("petition", G, "Do not recognise a Palestinian state while hostages are held", """We want the Government to rule out recognising a Palestinian state until all hostages are released and Hamas is disarmed.

More details
Recognition now would be seen as a reward for the atrocities of 7 October. The priority must be freeing the hostages and making sure Hamas can never again threaten Israelis or rule Gaza.""")
W("campaign", G, "Ceasefire now: sign the open letter", """Enough. Tens of thousands killed, most of them women and children. Whole neighbourhoods flattened. Famine declared. Add your name to our open letter to the Prime Minister calling for an immediate and permanent ceasefire in Gaza, the release of all hostages and detainees, and unrestricted humanitarian access.""")
W("campaign", G, "Let the aid in", """Trucks full of food and medicine are lined up at the Rafah crossing while children starve on the other side. We're asking the Foreign Secretary to use every diplomatic tool, including sanctions, to force the crossings open. Sign now and share with three friends.""")
W("campaign", G, "Tell your MP: stop arming Israel", """British-made components are in the weapons used in Gaza. Our government could end that today. Use our tool to email your MP in two minutes and ask them to back a full two-way arms embargo on Israel.""")
W("campaign", G, "Justice at the ICJ", """South Africa's case at the International Court of Justice found a plausible risk of genocide in Gaza. The UK has a duty under the Genocide Convention to prevent it. Sign to ask the Government to respect the court's orders and the ICC's arrest warrants, and to say publicly that it will.""")
W("template", G, "Ceasefire and the release of all hostages", """Dear MP,

I am writing as your constituent to urge you to press the Government to do everything in its power to secure a lasting ceasefire in Gaza, the release of every hostage held by Hamas, and a surge of humanitarian aid into Gaza. The suffering on all sides must end.

Please tell me what you are doing.

Yours sincerely""")
W("template", G, "Stand with Israel", """Dear MP,

Since the massacre of 7 October, Israel has faced attacks from Gaza, Lebanon, Yemen and Iran. I ask you to support Israel's right to defend its citizens, to oppose any arms embargo on a fellow democracy, and to make sure the UK does not reward terrorism by recognising a Palestinian state before peace is agreed.

Yours sincerely""")
W("template", G, "West Bank annexation", """Dear MP,

I am deeply concerned by the expansion of settlements, demolition of Palestinian homes and settler attacks in the occupied West Bank. I urge you to call on the Government to sanction those responsible, to ban trade with illegal settlements, and to make clear that annexation would have consequences.

Yours faithfully""")
W("template", G, "Medical evacuations from Gaza", """Dear MP,

Injured and sick children in Gaza need treatment they cannot get. UK hospitals and charities are ready to help. Please ask the Home Office and the Foreign Office to set up a medical evacuation route to the UK without further delay.

Thank you""")
W("angry", G, "Gaza", """Genocide is happening and you say nothing. Your silence is noted. Ceasefire now.""")
W("angry", G, "Hostages", """It has been hundreds of days. Where is the outrage about the hostages? Bring them home.""")
W("angry", G, "F35", """Stop sending F-35 parts to Israel. Full stop.""")
W("angry", G, "Free Palestine", """Free Palestine. Recognise it. Sanction Israel. How hard is it?""")
W("angry", G, "Israel", """Israel has every right to exist and defend itself. Stop lecturing them.""")
W("personal", G, "My family in Khan Younis", """Dear Mr Ahmed,

I am a pharmacist in your constituency and a British citizen. My aunt, her husband and their four children were living in Khan Younis. We have not heard from them for six weeks. The last message said they had no clean water and were living in a tent near the sea. My cousin's youngest is two.

I am not asking you to solve my family's situation; I know you cannot. I am asking you to use your voice. Please call for an immediate ceasefire, for the crossings to be opened to food and medicine, and for the UK to stop supplying any part of the weapons being used. Please vote for it when you have the chance.

I would be grateful to know your position.

Dr Samira Haddad""")
W("personal", G, "As a Jewish constituent", """Dear Ms Clarke,

I am Jewish and have lived in this town for forty years. Since 7 October I have felt afraid in a way I never have in Britain. My grandchildren's school has extra security. A man shouted at my granddaughter on the train because of her Star of David.

I also have cousins in a kibbutz near the Gaza border, one of whom was taken hostage. He came home in a deal; his friend did not.

I ask you two things. First, please keep the hostages at the top of the agenda in every conversation the Government has about Gaza, and support Israel's security against Hamas and Iran. Second, please speak out against the antisemitism that has followed this war, and do not allow criticism of Israel's Government to become hatred of Jews.

Yours sincerely,
Ruth Abrahams""", "argues Israel/hostages policy as well as antisemitism: gaza")
W("personal", G, "I am a nurse who volunteered in Gaza", """Dear MP,

Last winter I spent five weeks as a volunteer nurse in a field hospital in Gaza. I treated children with injuries I had never seen in twenty years in A&E in Leeds. We ran out of anaesthetic. We ran out of gauze. Ambulances were hit.

I came home and nobody wants to hear about it. I am writing because you are my representative. I want you to know what I saw and I want you to ask the Government for three things: a ceasefire that holds, far more humanitarian aid allowed in, and protection for health workers in Gaza under international law.

Please meet me if you can.

Yours sincerely,
Claire Donnelly RN""")
W("personal", G, "Why I am writing to you for the first time", """Dear Sir,

I have never written to an MP before. I am 19 and at college. Every day on my phone I see videos from Gaza of children being pulled out of rubble. My friends and I feel like no one in power cares.

I want to know: does the UK still sell weapons to Israel? If so, why? I think we should stop and I think we should recognise Palestine like Spain and Ireland did. I would like an honest answer from you.

Thank you,
Aisha""")
W("org", G, "Letter from the mosque committee", """Dear Member of Parliament,

The committee of Al-Noor Mosque, on behalf of our congregation of some 2,000 families, writes to ask you to support an immediate ceasefire in Gaza, full humanitarian access, an end to UK arms exports to Israel, and the recognition of the State of Palestine. Many of our members have lost relatives.

We would welcome the opportunity to meet you at the mosque after Friday prayers.

Yours faithfully,
Chair of the Committee""")
W("org", G, "Representations from the synagogue", """Dear Member of Parliament,

The board of our synagogue writes to thank you for your support for our community. We ask you to continue to press for the release of the remaining hostages, to support Israel's right to security against Hamas, Hezbollah and Iran, and to oppose the one-sided measures being proposed against Israel, including a blanket arms embargo.

Yours sincerely,
Chair of the Board""")
W("org", G, "Humanitarian NGO briefing: famine in Gaza", """Dear MP,

As an international development charity operating in Gaza we write to share our assessment: conditions meet the threshold for famine in the north and are approaching it elsewhere. Our staff report that restrictions on the entry of aid, not supply, are the main cause. We ask the Government to press Israel to open all crossings, to allow fuel and spare parts in, and to restore UNRWA funding.

We attach a short briefing.

Yours sincerely,
Head of Advocacy""")
W("org", G, "Journalists' union: safety of reporters in Gaza", """Dear MP,

On behalf of our union branch we ask you to raise the deaths of journalists and media workers in Gaza with the Foreign Secretary, to support an independent investigation and to call for international press access. A free press cannot function when reporters are targeted.

Yours faithfully,
Branch Secretary""")
W("sloppy", G, "gaza", """hi i want to no why britain still sells arms to israel when there killing kids in gaza every day, its wrong, stop it""")
W("sloppy", G, "ceasefire", """pls vote for ceasefire in gaza next time its in parliament my whole family wants you too""")
W("sloppy", G, "hostages", """cant beleive people forget about the hostages, hamas started this, bring them home first then talk about ceasefire""")
W("sloppy", G, "west bank", """settlers burning villages in west bank and uk does nothing?? sanction them""")
W("caps", G, "RECOGNISE PALESTINE NOW", """FRANCE DID IT. SPAIN DID IT. IRELAND DID IT. WHAT IS THE UK WAITING FOR. RECOGNISE PALESTINE.""")
W("caps", G, "NO ARMS EMBARGO ON ISRAEL", """Israel is fighting terrorists who want to wipe it off the map. An arms embargo would help Hamas and Iran. Please vote against it.""")
W("caps", G, "STARVATION AS A WEAPON", """THE WORLD IS WATCHING CHILDREN STARVE IN GAZA. OPEN THE CROSSINGS. AIRDROPS ARE NOT ENOUGH.""")
W("email", G, "Lebanon", """Dear MP, the Israeli strikes on southern Lebanon have displaced a million people and Hezbollah keeps firing rockets into northern Israel. What is the Government doing to support the ceasefire in Lebanon and stop a wider regional war?""")
W("email", G, "Iran and Israel", """I am very worried about the exchange of missile strikes between Iran and Israel. Please ask the Government to push both sides to de-escalate and to make clear the UK will not be dragged into a war with Iran.""")
W("email", G, "Red Sea shipping", """The Houthis say they attack ships in the Red Sea because of Gaza. Was it right for the RAF to join the strikes on Yemen? I think a ceasefire in Gaza is the way to stop the attacks, not more bombing. Please tell me your view.""", "Houthi attacks tied to Gaza: wider Middle East conflict, gaza (not a defence-policy ask)")
W("email", G, "The ICC warrants", """Will the UK arrest Netanyahu if he comes here, as it would have to under the ICC warrant? I want a straight answer and I want the Government to say it respects the court.""")
W("email", G, "Two-state solution", """Dear Mr Harper, I support a two-state solution with a safe Israel and a free Palestine. Please ask the Government to set out a real plan for getting there, including who governs Gaza after the war and an end to settlement building.""")
W("email", G, "Palestinian Authority", """Could the Government explain its policy on funding the Palestinian Authority? I believe any money should depend on reforming its school textbooks and ending payments to prisoners' families.""")
W("email", G, "Gaza Humanitarian Foundation", """People are being shot while queuing for food at the new aid distribution sites in Gaza. Please call on the Government to condemn this system and back the UN's aid operation instead.""")
W("email", G, "British surgeons in Gaza", """Hello, I am a retired surgeon. Colleagues who worked in Gaza describe hospitals under siege. I want the Government to demand protection for hospitals in Gaza and accountability for attacks on them.""")
W("email", G, "Israeli settlement produce in supermarkets", """My local supermarket sells dates and herbs labelled as from the West Bank. Are these from illegal settlements, and will the Government require clear labelling or ban them?""")
W("email", G, "Balanced approach please", """Dear MP, I know you get many letters on Gaza. I do not take sides. I simply want the killing to stop, the hostages to be released and children to be fed. Please support whatever diplomacy will achieve a ceasefire.""")
W("email", G, "The Board of Deputies statement", """I agree with the recent statement by Jewish leaders that Israel's Government must let aid into Gaza while Hamas must free the hostages. Please pass my view to the Foreign Secretary.""")
W("email", G, "Syria strikes", """Israel is bombing Syria and occupying more land in the Golan buffer zone. Please ask the Foreign Office to call for Israel to respect Syria's sovereignty and stop expanding the conflict.""", "Israeli strikes on Syria: wider Middle East conflict, gaza (not Syria's civil war)")
W("personal", G, "Our son was at the Nova festival", """Dear MP,

Our son, a dual British-Israeli citizen, was at the Nova music festival on 7 October. He survived by hiding under a stage for seven hours. His best friend did not.

We live in your constituency. We have read letters in the local paper calling for Israel to be sanctioned and for arms sales to stop. We ask you to remember that Israel is defending itself against an enemy that celebrates murder, and that the hostages' families are still waiting. Please do not support an arms embargo and please keep demanding the return of every hostage.

Yours sincerely,
David and Naomi Levin""")
W("template", G, "Support the Palestine recognition motion", """Dear MP,

I urge you to vote for the motion to recognise the State of Palestine. Recognition affirms the equal right of Palestinians to self-determination and supports a two-state solution. It is long overdue.

Yours sincerely""")
W("petition", G, "Stop UK military surveillance flights over Gaza", """We want the Government to stop the RAF surveillance flights over Gaza and publish what they are used for.

More details
The Government says the flights only look for hostages, but it has not explained what happens to the intelligence. The public has a right to know whether UK information helps Israeli strikes in Gaza.""", "RAF flights as part of Gaza policy: gaza, not defence")
W("email", G, "Hezbollah", """Please urge the Government to keep Hezbollah fully proscribed and support Israel against its rockets. The people of northern Israel have been living in shelters.""")
W("email", G, "Antisemitism and Israel", """I am a Jewish student. Protest chants calling for the destruction of Israel are making campus unsafe. I want the Government to stand by Israel and to make clear that calling for its elimination is not legitimate protest.""", "argues Israel policy alongside campus antisemitism: gaza")
W("email", G, "Double standards", """We sanctioned Russia within days of invading Ukraine. Why are there no sanctions on Israel after two years of bombing Gaza? I want the same standard applied to Israel.""", "mentions Russia/Ukraine only as comparison; the ask is sanctions on Israel: gaza")
W("angry", G, "Rafah", """All eyes on Rafah. Do something.""")
W("angry", G, "Hamas", """Hamas could end this tomorrow by releasing the hostages and surrendering. Say so.""")
W("sloppy", G, "kids in gaza", """my daughter asked me why kids in gaza dont have food and i couldnt answer her. please let doctors bring the injured children here for treatment""")
W("org", G, "Council motion on Gaza", """Dear MP,

I am instructed to inform you that at its meeting on 14 March the council passed a motion calling on the Government to support an immediate ceasefire in Gaza, the release of all hostages, unhindered humanitarian access, and a review of arms export licences to Israel. The council asks that you convey this to the Foreign Secretary.

Yours faithfully,
Democratic Services Officer""", "a council resolution on Gaza policy: gaza")
W("petition", G, "Investigate UK citizens serving in the Israeli army", """We want the Government to investigate British citizens who have served in the Israel Defense Forces in Gaza for possible war crimes.

More details
British law allows prosecution of UK nationals for war crimes committed abroad. If there is evidence that British dual nationals took part in unlawful killings in Gaza, they should be investigated like anyone else.""")
W("email", G, "Palestinian students' scholarships", """Could the Government create a scholarship scheme for Palestinian students from Gaza whose universities have all been destroyed? UK universities have offered places but visas are the problem.""", "asks for a Gaza-specific policy scheme, not one student's case: gaza")
W("email", G, "Christian sites in Gaza", """As a Christian I am grieved by the strikes on the Holy Family church and the Anglican hospital in Gaza. Please urge the Government to protect the ancient Christian community of Gaza and call for a ceasefire.""")
W("email", G, "UN resolution vote", """Why did the UK abstain on the UN General Assembly ceasefire resolution on Gaza? I would like the Government to vote for a ceasefire next time. Please explain.""")
W("caps", G, "BRING THEM HOME", """EVERY HOSTAGE. EVERY ONE. NO MORE EXCUSES FROM HAMAS AND NO MORE DELAY FROM OUR GOVERNMENT.""")
W("template", G, "Trade with Israel", """Dear MP,

I ask you to press the Government to suspend the negotiations on a free trade agreement with Israel until it complies with international law in Gaza and the West Bank. Trade must not carry on as normal.

Yours sincerely""")
W("sloppy", G, "Israel", """israel is the only democracy in middle east why are we turning on them, back israel not terrorists""")
# ---------------------------------------------------------------- defence
D = ["defence"]
W("petition", D, "Raise defence spending to 3% of GDP this Parliament", """We want the Government to raise defence spending to 3% of GDP within this Parliament, not at some unspecified point in the future.

More details
The army is the smallest it has been since the Napoleonic wars, the Navy has too few ships and stockpiles of ammunition are low. Our allies are spending more. We cannot keep the country safe on promises.""")
W("petition", D, "Scrap Trident and invest the money in public services", """We want the Government to cancel the Trident replacement programme and spend the money on the NHS, schools and housing.

More details
Nuclear weapons cannot be used without killing millions of civilians. The Dreadnought submarines will cost tens of billions. Britain should sign the Treaty on the Prohibition of Nuclear Weapons and lead on disarmament.""")
W("petition", D, "Do not scrap HMS Albion and HMS Bulwark", """We want the Government to keep the Royal Navy's amphibious assault ships in service instead of retiring them early to save money.

More details
These ships give the Royal Marines the ability to land from the sea. Scrapping them without a replacement leaves a gap for years. The Navy is already short of hulls.""")
W("petition", D, "Fix service family accommodation now", """We want the Government to bring all service family accommodation up to the Decent Homes standard within two years and compensate families living with damp and mould.

More details
Military families are living in homes with black mould, broken boilers and leaking roofs. Repairs take months. Those who serve our country deserve decent homes for their children.""")
W("petition", D, "Stop the prosecution of Northern Ireland veterans", """We want the Government to end prosecutions of British Army veterans for actions during the Troubles decades ago.

More details
Elderly soldiers are being dragged through the courts fifty years later, on evidence that has been examined before. Veterans who served in Northern Ireland deserve protection from endless reinvestigation.""")
W("petition", D, "Introduce national service for 18-year-olds", """We want the Government to introduce a year of compulsory national service for all 18-year-olds, military or civilian.

More details
National service would give young people discipline and skills, help the armed forces recruit, and build a reserve that could be called on in a crisis.""")
W("petition", D, "Leave NATO", """We want the Government to begin the process of withdrawing the UK from NATO.

More details
NATO's expansion has made Europe less safe and ties Britain into American wars. We should have an independent defence policy based on our own interests.""")
W("petition", D, "Restore war widows' pensions to all who lost them on remarriage", """We want the Government to restore the war widows' pensions of women who lost them when they remarried or cohabited before 2015.

More details
Around two hundred widows still have no pension because they remarried under the old rules. The change in 2015 was not backdated. A one-off payment was offered but it does not undo the injustice.""")
W("petition", D, "Guarantee a home for every homeless veteran", """We want the Government to guarantee social housing to any veteran who is homeless or at risk of homelessness, and to fund specialist veterans' housing.

More details
Veterans are still sleeping rough in our cities. Councils apply the armed forces covenant unevenly. A national guarantee would end veteran homelessness.""")
W("petition", D, "Give Afghan interpreters who served with British forces sanctuary", """We want the Government to honour its promise to the Afghans who worked alongside British troops and bring all eligible interpreters and their families to the UK.

More details
Interpreters risked their lives for British soldiers in Helmand. Many were wrongly refused under the ARAP scheme and are hiding from the Taliban. We owe them a debt.""", "Afghan interpreters who served with British forces: judged defence (the armed forces' obligations), not Afghanistan policy")
W("petition", D, "Build the Royal Navy's new ships in British yards", """We want the Government to require that all new Royal Navy and Royal Fleet Auxiliary ships are built in UK shipyards.

More details
Building abroad exports skilled jobs and leaves us dependent on other countries. A steady drumbeat of orders would keep shipyards open and the supply chain alive.""")
W("campaign", D, "Say no to Trident: join CND's call", """The UK is spending billions on weapons of mass destruction while food bank use soars. Sign CND's petition telling the Government to scrap Trident, cancel the new warhead and sign the UN nuclear ban treaty. A world without nuclear weapons is possible.""")
W("campaign", D, "Don't cut the Royal Marines", """Reports say the Royal Marines face cuts to save money. The Commandos are among the finest troops in the world. Sign to tell the Defence Secretary: not one more cut to the Marines.""")
W("campaign", D, "Mental health support for veterans now", """Too many veterans with PTSD are waiting months for help, and some don't survive the wait. We're calling for guaranteed mental health care for every veteran within four weeks, funded properly through Op COURAGE. Sign and share.""")
W("campaign", D, "Fair pay for our forces", """Junior soldiers are paid less than the minimum wage when you count their hours, and some families use food banks. Add your name to call for a real-terms pay rise for the armed forces and an end to charges for substandard housing.""")
W("template", D, "Defence spending and the Strategic Defence Review", """Dear MP,

I am writing to urge you to support a rapid increase in defence spending in response to the Strategic Defence Review. The threats we face are growing and the armed forces are overstretched. I ask you to press for a clear timetable to reach 3% of GDP and for investment in munitions, air defence and the Navy.

Yours sincerely""")
W("template", D, "Nuclear disarmament", """Dear MP,

I am writing to ask you to support nuclear disarmament. Britain should not be increasing its warhead stockpile or hosting US nuclear weapons at Lakenheath. Please press the Government to sign the Treaty on the Prohibition of Nuclear Weapons.

Yours sincerely""")
W("template", D, "The armed forces covenant must be law for all public bodies", """Dear MP,

Veterans and service families still face disadvantage in housing, health and schooling. The armed forces covenant duty covers only some public bodies. I ask you to support extending it to central government and to all public services, with real enforcement.

Yours faithfully""")
W("angry", D, "Army numbers", """An army of 70,000 cannot defend this country. Reverse the cuts.""")
W("angry", D, "Nukes", """Stop wasting money on nuclear submarines we will never use.""")
W("angry", D, "5%", """Five percent of GDP on defence? Are you mad? Spend it on the NHS.""")
W("angry", D, "NATO", """Get out of NATO before it drags us into world war three.""")
W("angry", D, "Forces housing", """My brother is a corporal and his kids are sleeping in a room with black mould. MOD housing is a disgrace. Fix it.""")
W("personal", D, "Life in service family accommodation", """Dear Mrs Bennett,

My husband is a sergeant in the Royal Logistic Corps and we have moved house six times in nine years. I am writing about the state of service family accommodation, not only our own quarter but the whole estate here.

Last winter we went eleven days without heating with a four-month-old baby. Across the patch, neighbours have mould in the bedrooms and windows that do not close. The contractor closes repair jobs without doing them. People are leaving the army because of it, and then the MOD spends a fortune training replacements.

I ask you to press the Defence Secretary to fund a proper repair programme, to give families the same rights as any tenant, and to hold the contractors to account.

Yours sincerely,
Kerry Walsh""")
W("personal", D, "A veteran on mental health care", """Dear Sir,

I served 14 years in the Royal Anglian Regiment, including two tours of Afghanistan. I came out in 2016 and for five years I told nobody about the nightmares. My marriage nearly ended. When I finally asked for help, the wait was nine months.

I am doing better now thanks to a charity, but I have lost two friends from my platoon to suicide. I am writing because the system is still not good enough. Please push for every veteran to get specialist mental health care quickly, and for the MOD to follow up with people after they leave instead of forgetting them.

Yours,
Lee Marshall""")
W("personal", D, "My late husband's war widow's pension", """Dear MP,

My first husband was killed in a training accident with the RAF in 1984. I received a war widow's pension until I remarried in 1991, when it was taken away under the rules of the time. My second marriage ended years ago. Other widows in my position who married later have kept their pensions.

I am now 73. The payment offered a few years ago was a fraction of what was lost. I ask you to support restoring the pension to all of us affected, for the few years we have left.

Yours sincerely,
Margaret Elwood""")
W("personal", D, "I work at the shipyard", """Dear MP,

I have been a welder at the yard for 22 years, my dad before me. The town lives on these contracts. Every time there is talk of buying frigates or support ships from abroad, hundreds of families here start to panic.

Please fight for the next Navy orders to be built here and for a long-term shipbuilding plan so that apprentices have a future. Defence spending should build British capability and British jobs.

Cheers,
Gary Dunn""")
W("personal", D, "Why I support Trident", """Dear Ms Ashworth,

I know some people write to you asking to scrap Trident. I want to put the other side. I grew up during the Cold War and I believe the deterrent kept the peace. With Russia threatening nuclear use, now is not the time to disarm alone.

Please continue to support the Dreadnought programme and continuous at-sea deterrence, and please make sure the work at Barrow and Aldermaston is properly funded.

Regards,
Peter Lang""")
W("org", D, "Royal British Legion: veterans' policy priorities", """Dear Member of Parliament,

On behalf of our county branches we write ahead of the Armed Forces Bill to ask you to support three changes: extending the covenant duty to all government departments, guaranteed priority access to mental health services for veterans, and ending the charging of visa fees to Commonwealth soldiers who wish to settle after service.

We would welcome the chance to brief you.

Yours sincerely,
County Chairman""")
W("org", D, "Defence industry apprenticeships", """Dear MP,

As managing director of a precision engineering firm in the defence supply chain employing 240 people, I write about the Defence Industrial Strategy. Small suppliers like us need longer contracts and faster payment to invest in skills. We ask you to press the MOD to buy British where possible and to publish a pipeline of orders so firms can plan.

Yours faithfully,
Managing Director""")
W("org", D, "Service families' federation: schools and childcare", """Dear MP,

We represent army families. Children of service personnel move school on average every two years, and many lose support for special needs each time. We ask you to support a national passport for SEND support for forces children and an increase in the Service Pupil Premium.

Yours faithfully,
Policy Lead""", "forces children's schooling as armed-forces policy: defence")
W("org", D, "Quakers' meeting: letter on military spending", """Dear Friend,

Our meeting is troubled by the plan to raise military spending while cutting overseas aid. We believe security comes from diplomacy and justice, not weapons. We ask you to oppose increasing defence spending to 3% and to support nuclear disarmament.

In peace,
Clerk to the Meeting""")
W("sloppy", D, "army", """why is the army so small now, my grandad says in his day there was 3 times as many, we need more soldiers with everything going on, pls vote for more money for army""")
W("sloppy", D, "national service", """not having my son doing national service no way, he wants to be a nurse not a soldier, dont bring it back""")
W("sloppy", D, "veterans", """ex forces lads sleeping in doorways in town while goverment spends billions on everything else, disgraceful, veterans should get housing first""")
W("sloppy", D, "pay rise", """forces pay rise is a joke again, 4% after years of nothing and rent on the quarters goes up so we get nothing, pass it on""")
W("caps", D, "SAVE OUR NAVY", """THE ROYAL NAVY HAS FEWER SHIPS THAN EVER. STOP SELLING OFF AND SCRAPPING FRIGATES. BUILD MORE.""")
W("caps", D, "NO TO CONSCRIPTION", """I WILL NOT LET MY CHILDREN BE CONSCRIPTED. SAY NO TO NATIONAL SERVICE.""")
W("caps", D, "LEAVE OUR VETERANS ALONE", """SOLDIERS WHO SERVED IN NORTHERN IRELAND SHOULD NOT BE HOUNDED IN THEIR 70S AND 80S. PROTECT THEM.""")
W("email", D, "RAF fast jets", """Dear MP, I read the RAF will have fewer Typhoons and the F-35 order has been cut. Please ask the Defence Secretary how the RAF can defend UK airspace and meet NATO commitments with so few aircraft.""")
W("email", D, "Ajax", """How much more money will be wasted on the Ajax armoured vehicle? Please demand a proper inquiry into defence procurement failures and make sure those responsible are held accountable.""")
W("email", D, "NATO and Article 5", """I'm worried about the US commitment to NATO. Does the Government have a plan for European defence if America steps back? I would like the UK to lead within NATO and spend what is needed.""")
W("email", D, "Commonwealth soldiers' visa fees", """Soldiers from Fiji and Ghana who served in the British Army are charged thousands in visa fees for their families to settle. Please support scrapping these fees for Commonwealth service personnel.""")
W("email", D, "Reservists", """Dear Mr Khan, I am an Army Reservist. Employers are increasingly reluctant to release us for training. Will the Government consider incentives for employers of reservists and better protection in law?""")
W("email", D, "Drones and the future army", """The war in Ukraine shows drones now decide battles. Is the British Army investing enough in drones and counter-drone defence? I would like to know what the MOD is doing.""", "Ukraine mentioned only as the lesson; the ask is the British Army's equipment: defence")
W("email", D, "Recruitment failures", """Capita's recruitment contract has failed for a decade. Young people wait a year to join up and give up. Please press the MOD to bring army recruitment back in-house.""")
W("email", D, "Military hospital", """Please support reopening a dedicated military hospital for injured service personnel, as we had before Haslar closed.""")
W("email", D, "Hosting US nuclear weapons", """I have read that US nuclear bombs may be returning to RAF Lakenheath. Was Parliament consulted? I oppose it and ask you to demand a debate.""")
W("email", D, "Nuclear test veterans", """My father was at Christmas Island for the nuclear tests. He died of cancer. Please support the campaign for the test veterans' medical records to be released and for compensation.""", "nuclear test veterans' records and compensation as policy: defence")
W("email", D, "Gurkha pensions", """Gurkhas who retired before 1997 get far smaller pensions than British soldiers who served alongside them. Please support equal pensions for Gurkha veterans.""")
W("email", D, "Defence and the aid budget", """I support raising defence spending but not by cutting overseas aid. Please ask the Chancellor to find the money elsewhere, for example by a defence bond.""", "argues how to fund defence spending: defence")
W("email", D, "LGBT veterans", """Please support full implementation of the Etherton review so that LGBT veterans dismissed under the ban get their medals, pensions and compensation back.""")
W("email", D, "Type 26 frigates", """When will the Type 26 frigates be in service? The Navy is down to a handful of escorts. Please press for faster delivery and more ships.""")
W("email", D, "Stockpiles", """Reports say the British Army could only fight for a couple of weeks before running out of shells. Please push for the munitions factories to be restarted here.""")
W("email", D, "Space and cyber", """I work in cybersecurity. Defence spending should go into cyber defence and space, not just tanks. Please raise this in the defence debate.""")
W("personal", D, "On leaving the RAF", """Dear MP,

I have just left the RAF after 12 years as an aircraft technician. I loved the job. I left because of three things: pay that has fallen behind civilian jobs, the state of the accommodation and being moved with a month's notice. Most of my course have left too.

The RAF is losing exactly the engineers it needs. I hope you will press the Government on retention: better pay for technical trades, decent housing and some stability for families. Otherwise all the new aircraft in the world will sit on the ground.

Best regards,
Tom Fielding""")
W("template", D, "Veterans' ID cards and services", """Dear MP,

Now that veterans' ID cards are being issued, I ask you to support making them count: priority NHS treatment for service-related conditions, recognition in housing allocation and free travel. Please also support a veterans' commissioner for every nation of the UK.

Yours sincerely""")
W("petition", D, "Keep the Red Arrows flying", """We want the Government to guarantee the future of the Red Arrows and the funding of RAF display teams.

More details
The Red Arrows inspire young people to join the RAF and promote British industry abroad. There are reports that their Hawk jets will not be replaced. The RAF should keep its display team.""", "RAF display team funding is an armed-forces spending ask: defence")
W("petition", D, "Compensate troops exposed to Lariam", """We want the Government to compensate service personnel who suffered harm after being given the anti-malaria drug Lariam.

More details
Soldiers were given mefloquine without proper warnings and some still suffer psychiatric effects. The MOD should accept responsibility.""")
W("campaign", D, "Make the MOD repair military homes", """Damp, mould, broken boilers. Tens of thousands of complaints about military housing every year. Sign to call on the Defence Secretary to bring service family homes back into proper public ownership and management, with a repair guarantee.""")
W("angry", D, "Typhoons", """Cutting Typhoon squadrons while Russia probes our airspace is insane.""")
W("email", D, "Armed Forces Commissioner", """Please support giving the new Armed Forces Commissioner real powers to investigate complaints about housing, abuse and welfare in the forces.""")
W("email", D, "Women in the armed forces", """After the reports of sexual harassment in the army, I want the Government to move serious sexual offences out of the military justice system and into civilian courts. Please support this.""")
W("sloppy", D, "trident", """scrap trident its 100 billion for nothing, my nan says CND was right in the 80s and still is""")
W("email", D, "Defence jobs in the North West", """I live near BAE in Barrow and Warton. Defence is the biggest employer here. Please keep backing the submarine programme and the combat air programme so the jobs stay.""")
W("org", D, "Letter from a veterans' breakfast club", """Dear MP,

Members of our veterans' breakfast club asked me to write about the Veterans' Strategy. Many of them have struggled to get their service medical records, to have their hearing loss recognised, or to get help with housing on leaving. We ask you to press ministers for a single front door for veterans' services and for the covenant to apply in full.

Yours,
Club organiser""")
W("caps", D, "WE NEED AIR DEFENCE", """THE UK HAS ALMOST NO AIR DEFENCE AGAINST MISSILES. ONE ATTACK AND WE ARE DONE. FUND IT NOW.""")
W("email", D, "Military pensions and tax", """Please look at the taxation of military pensions for veterans who were injured in service. Many lose out because of how the rules were written. The covenant should cover this.""")
# ---------------------------------------------------------------- eu
E = ["eu"]
W("petition", E, "Hold a referendum on rejoining the European Union", """We want the Government to hold a referendum on whether the UK should rejoin the European Union.

More details
Brexit has not delivered what was promised. Trade with Europe has fallen, prices have risen and young people have lost the right to live and work across the continent. Opinion has changed and the public deserves a say.""")
W("petition", E, "Rejoin the EU Customs Union", """We want the Government to negotiate the UK's membership of a customs union with the European Union.

More details
Since leaving the customs union, small exporters face rules of origin, customs declarations and border delays that make trade with our nearest neighbours uneconomic. A customs union would remove them.""")
W("petition", E, "Agree a youth mobility scheme with the EU", """We want the Government to agree a reciprocal youth experience scheme allowing 18 to 30 year olds from the UK and the EU to live and work in each other's countries for up to three years.

More details
Young Britons used to be able to spend a year working in Europe. Australia, Canada and New Zealand already have youth schemes with us. A deal with the EU would benefit our hospitality and farming sectors too.""")
W("petition", E, "Rejoin the Erasmus+ programme", """We want the Government to rejoin the Erasmus+ student exchange programme.

More details
The Turing scheme does not fund incoming students or staff exchanges and gives less support. Students from less well-off families lost out most when we left Erasmus.""")
W("petition", E, "Guarantee the rights of EU citizens with pre-settled status", """We want the Government to guarantee that EU citizens with pre-settled status under the EU Settlement Scheme can never lose their right to live in the UK because of administrative errors.

More details
Millions of EU citizens applied to the EUSS. Some have been wrongly denied work or housing because landlords and employers cannot check digital status. The Withdrawal Agreement promised to protect their rights.""")
W("petition", E, "Negotiate a visa waiver for touring musicians and crews", """We want the Government to negotiate a cultural visa waiver with the EU so that British musicians, actors and crews can tour Europe without work permits and carnets.

More details
Since Brexit many small bands and orchestras can no longer afford to tour the EU. Cabotage rules stop UK haulage firms moving stage equipment between venues. Our creative industries are losing work.""")
W("petition", E, "Do not rejoin the EU by the back door", """We want the Government to rule out dynamic alignment with EU law, any return to the single market or customs union, and any role for the European Court of Justice in UK law.

More details
The referendum result was clear. The so-called reset with Brussels risks making us a rule-taker with no say. Brexit must mean the UK makes its own laws.""")
W("petition", E, "Sign a veterinary agreement with the EU", """We want the Government to conclude a sanitary and phytosanitary (SPS) agreement with the EU as soon as possible.

More details
Border checks on food and plants have added cost and delay for farmers, food producers and garden centres. A veterinary agreement would remove most checks and help lower food prices.""")
W("petition", E, "Protect British fishing waters from the EU", """We want the Government to refuse any extension of EU boats' access to UK fishing waters.

More details
Fishing was a promise of Brexit. Extending access for twelve more years in return for a food deal betrays our coastal communities. Our waters should be for our fishermen.""")
W("campaign", E, "It's time to rejoin", """Brexit has cost us billions, hammered small businesses and taken away our children's freedom to live and work in 27 countries. Sign the petition calling on the Government to start talks on rejoining the EU, step by step, starting with the single market.""")
W("campaign", E, "Protect EU citizens in the UK", """The EU Settlement Scheme has left people with no physical proof of their status, refused jobs and flats because of IT failures. Sign our petition telling the Home Office to give every EU citizen physical proof and automatic settled status.""")
W("campaign", E, "Stop the Brexit betrayal", """Ministers are quietly signing us back up to Brussels rules on food, energy and fishing. 17.4 million people voted to take back control. Add your name to say: no surrender to the EU.""")
W("template", E, "The UK-EU reset", """Dear MP,

I welcome the Government's aim of closer relations with the EU, but I think it is far too cautious. I ask you to press for the UK to rejoin the single market and customs union, which would do more for growth than any other policy.

Yours sincerely""")
W("template", E, "Erasmus and youth mobility", """Dear MP,

I am writing to ask you to support a youth mobility scheme with the EU and the UK's return to Erasmus+. These opportunities change young lives and strengthen our ties with Europe. Please raise this with the Secretary of State.

Yours sincerely""")
W("template", E, "Windsor Framework", """Dear MP,

The Windsor Framework still leaves Northern Ireland subject to EU laws made without any say by its people. I ask you to support changes that restore Northern Ireland's full place in the UK internal market.

Yours faithfully""")
W("angry", E, "Brexit", """Brexit was a con and everyone knows it. Rejoin.""")
W("angry", E, "EU", """Do not hand our fishing back to the EU. You were elected to deliver Brexit.""")
W("angry", E, "Passport queues", """Two hours in a queue at Calais because of Brexit. Get us a proper deal with the EU.""", "border queues blamed on Brexit with an ask for an EU deal: eu")
W("angry", E, "Single market", """Rejoin the single market before we go bust. Signed, a small exporter.""")
W("personal", E, "What Brexit did to my business", """Dear Mr Fraser,

I have run a small online shop selling handmade ceramics for twelve years. Before Brexit, a third of my sales went to customers in Germany, France and the Netherlands. Now every parcel needs a customs declaration, my customers pay VAT and handling fees on delivery, and most of them have stopped buying. I have had to let my one employee go.

I voted Remain but I am not writing to refight the referendum. I am writing to ask you to support a much closer trading relationship with the EU: at the very least a customs union and a simpler scheme for small parcels. Businesses like mine cannot wait another ten years.

Kind regards,
Hannah Oduya""")
W("personal", E, "Living here since 1998 with settled status", """Dear MP,

I am Polish and have lived in your constituency since 1998. I have settled status under the EU Settlement Scheme. Last month I changed jobs and my new employer could not verify my status online for three weeks because of a Home Office system problem. I nearly lost the job.

Many friends have had the same with landlords and airlines. The promise was that our rights would be protected after Brexit. I ask you to press the Home Office to give EU citizens a physical document as backup and to fix the system.

Yours sincerely,
Agnieszka Nowak""", "asks for a change to EUSS policy, not help with her case: eu")
W("personal", E, "A Leave voter's view", """Dear Ms Grant,

I voted Leave and I still believe it was right. But I'm fed up that nothing has been done with the freedom we gained. We have copied EU rules, immigration went up, and now the Government wants to align with Brussels again on food standards.

I ask you to vote against any agreement that makes us follow EU rules automatically or puts the European Court back in charge of anything. If we are out, let's be properly out and use it.

Regards,
Keith Barlow""")
W("personal", E, "My daughter and the year abroad", """Dear MP,

My daughter is in her second year studying French and Spanish. When I was at university I spent a year in Lyon on Erasmus and it shaped my life. She has to find her own funding and visas for her year abroad, and half her friends have dropped languages altogether.

Please support rejoining Erasmus+ and making it easy again for young people to study and work in Europe.

Yours sincerely,
Fiona MacLeod""")
W("org", E, "Farmers' union: SPS agreement", """Dear Member of Parliament,

The county branch of the farmers' union writes to urge the swift conclusion of a UK-EU veterinary and plant health agreement. Our members exporting lamb, seed potatoes and dairy face certification costs and border delays that did not exist before Brexit. We also ask that British standards on animal welfare are protected in any deal.

Yours faithfully,
Branch Chair""")
W("org", E, "Chamber of commerce: trade with the EU", """Dear MP,

On behalf of the chamber's 600 member businesses, we ask you to support a closer trading relationship with the European Union. Our surveys show exporters face more paperwork, higher costs and lost customers since the Trade and Cooperation Agreement. Priorities are mutual recognition of conformity assessment, a deal on professional qualifications and a simpler regime for small consignments.

Yours faithfully,
Chief Executive""")
W("org", E, "Orchestra: touring Europe after Brexit", """Dear MP,

Our chamber orchestra used to tour Europe twice a year. Since the end of free movement each tour needs work permits for some countries, carnets for instruments and expensive arrangements for trucks. We have cancelled our spring tour. We ask you to support a touring visa waiver and a cultural exemption from cabotage rules in the UK-EU reset.

Yours sincerely,
General Manager""")
W("org", E, "University: Horizon and Erasmus", """Dear MP,

The university welcomes the UK's association to Horizon Europe. We ask the Government to build on it by rejoining Erasmus+ and agreeing youth mobility, which would restore exchanges with partner universities in the EU that we have lost since 2021.

Yours sincerely,
Pro-Vice-Chancellor (International)""")
W("sloppy", E, "brexit", """brexit ruined everything, prices up, cant get staff, cant sell to europe, when are we going back in""")
W("sloppy", E, "eu rules", """dont let starmer sign us up to eu rules again we voted leave, no more brussels""")
W("sloppy", E, "settled status", """my mum is italian been here 40 years and now she has to prove her status with a code every time, its stupid, give eu people a proper card""")
W("sloppy", E, "travel", """going to spain in the summer and now theres the new EES fingerprint thing and ETIAS fee, is the goverment going to get a better deal with the eu on this""")
W("caps", E, "REJOIN THE EU NOW", """REJOIN. THE. EU. EVERY POLL SAYS BREXIT WAS A MISTAKE.""")
W("caps", E, "NO TO FREE MOVEMENT BY THE BACK DOOR", """A YOUTH MOBILITY SCHEME IS FREE MOVEMENT UNDER ANOTHER NAME. VOTE AGAINST IT.""")
W("caps", E, "BREXIT BORDER CHECKS ARE KILLING SMALL IMPORTERS", """We import plants from the Netherlands. The new checks at the border post add hundreds of pounds per lorry and plants die waiting. Sign the SPS deal with the EU now.""")
W("email", E, "Entry/Exit System", """Dear MP, the EU's new Entry/Exit System is causing long queues at Dover and St Pancras. Will the Government negotiate with the EU to make it easier for British travellers, for example with e-gates for UK passport holders?""")
W("email", E, "Electricity trading", """Since Brexit the UK is outside the EU's electricity market, which makes trading power through the interconnectors less efficient. Please support re-linking our electricity and carbon markets with the EU.""")
W("email", E, "Carbon border tax", """The EU's carbon border tax will hit UK steel exports unless we link our emissions trading scheme with theirs. Please ask the Government to finish the ETS link deal with the EU quickly.""")
W("email", E, "The European Court", """I am concerned that the new food standards agreement means the European Court of Justice will have the final say over UK rules. Please explain how this respects the Brexit vote.""")
W("email", E, "Mutual recognition of qualifications", """I am an architect. Since Brexit my qualification is no longer recognised in the EU. Please press for mutual recognition of professional qualifications in the next UK-EU agreement.""")
W("email", E, "Second homes in France", """As a retired couple with a house in Brittany we are now limited to 90 days in 180. Please press the Government to negotiate longer stays for UK citizens with property in the EU.""")
W("email", E, "Pet passports", """Since Brexit taking my dog to France needs an animal health certificate from a vet every single time. Please support a deal with the EU to bring back pet passports for British owners.""")
W("email", E, "Northern Ireland and the Irish Sea border", """Dear MP, as someone from Northern Ireland living in England, I want the Irish Sea border removed. Please press the Government to renegotiate the Windsor Framework so that goods move freely within the UK.""")
W("email", E, "Brexit and the NHS workforce", """Thousands of EU nurses and care workers left after Brexit. I would like the Government to negotiate a mobility deal with the EU for health and care staff.""", "asks for a UK-EU mobility deal: eu (not NHS staffing in general)")
W("email", E, "Economic cost of Brexit", """The OBR says Brexit will reduce productivity by 4%. Will the Government admit it and commit to reducing trade barriers with the EU?""")
W("email", E, "Lorry queues in Kent", """I live near the M20. Every summer Operation Brock turns the motorway into a lorry park because of post-Brexit border checks. Please push for a deal with the EU that removes these checks.""", "border checks blamed on Brexit plus an ask for an EU deal: eu")
W("email", E, "Fishing quotas", """Our harbour's fishing fleet has shrunk since Brexit despite promises. Please press the Government to renegotiate quota shares with the EU and support our fishermen.""")
W("email", E, "Rejoining is unrealistic", """I'm a Remainer but rejoining is a decade away. Please push instead for a youth mobility deal, an SPS deal and a return to Erasmus now. Small steps.""")
W("personal", E, "A farmer on the SPS deal", """Dear Mr Pritchard,

We farm 400 acres and sell breeding sheep. Before 2021 we sold rams to buyers in Ireland and France. Since the end of the transition period, the paperwork and vet checks mean we have lost that trade entirely.

I am not a Remainer. I voted to leave. But a sensible veterinary agreement with the EU would help farmers like us and I would ask you to support it, provided our own standards are not lowered.

Yours sincerely,
Rhys Evans""")
W("template", E, "EU citizens' rights", """Dear MP,

Under the Withdrawal Agreement EU citizens in the UK and UK citizens in the EU were promised their rights would be protected. I ask you to press the Government to automatically convert pre-settled status to settled status and to end the digital-only status that leaves people unable to prove their rights.

Yours sincerely""")
W("petition", E, "Allow UK citizens to use EU passport e-gates", """We want the Government to negotiate an agreement with the EU allowing British passport holders to use e-gates at EU airports and ports.

More details
Since Brexit, British travellers queue in the non-EU line and have their passports stamped. A reciprocal deal would cut queues for tourists and business travellers alike.""")
W("angry", E, "ECJ", """Any deal that brings back the European Court is a betrayal. Vote it down.""")
W("email", E, "Brexit opportunities", """What happened to the Brexit freedoms? We should be scrapping EU regulations like the REACH chemicals rules and signing trade deals around the world, not crawling back to Brussels. Please push for divergence.""")
W("email", E, "EU students' fees", """Please support reciprocal home fees for EU students at UK universities as part of the relationship with the EU. Our universities have lost thousands of European students since Brexit.""")
W("sloppy", E, "brexit deal", """the deal with the eu on food checks is good news but we need to go further, customs union next pls""")
W("org", E, "Northern Ireland business group", """Dear MP,

Our members trade across the Irish Sea and into the Republic. We ask the Government to maintain stability on the Windsor Framework, to ensure the Stormont Brake is used responsibly, and to seek an SPS agreement with the EU that would remove most remaining checks on goods moving from Great Britain to Northern Ireland.

Yours faithfully,
Director""")
W("email", E, "Car batteries and rules of origin", """The rules of origin deadline for electric cars under the UK-EU trade deal could put tariffs on exports from our car plant. Please push the Government to secure an extension with the EU.""")
W("caps", E, "BREXIT HAS FAILED", """WAGES DOWN TRADE DOWN FARMERS BROKE. ADMIT BREXIT HAS FAILED AND START TALKS TO REJOIN.""")
W("email", E, "Eurostar and travel", """Travel to Europe got harder after Brexit with passport stamping, roaming charges and now ETIAS. Please press the Government for a travel deal with the EU that makes trips easier for families.""")
W("email", E, "Sovereignty", """I voted Leave to restore parliamentary sovereignty. Please oppose any agreement that makes the UK follow EU rules on food and energy without a vote in Parliament.""")
# ---------------------------------------------------------------- multi-label
W("petition", ["eu", "defence"], "Join the EU's SAFE defence fund", """We want the Government to conclude UK participation in the EU's Security Action for Europe (SAFE) defence fund so that British firms can bid for contracts.

More details
The UK-EU security and defence partnership opened the door to cooperation on defence procurement. Being shut out of SAFE would cost UK defence jobs and weaken European security. The Government should agree a fair contribution and join.""", "UK-EU security pact about defence procurement: eu + defence")
W("email", ["eu", "defence"], "UK-EU security pact", """Dear MP, I welcome the new security and defence partnership with the EU. With the threats Europe faces, I want the UK to go further: joint procurement with EU countries, military mobility agreements and British participation in EU defence projects. Please press ministers.""", "defence cooperation with the EU: eu + defence")
W("template", ["eu", "defence"], "No to an EU army", """Dear MP,

I am concerned that the UK-EU security pact is the first step towards putting British forces under EU command. Our defence should be through NATO and our own armed forces, not Brussels. Please oppose any further defence integration with the EU.

Yours sincerely""", "UK-EU security pact and the armed forces: eu + defence")
W("personal", ["ukraine", "defence"], "We are not ready", """Dear Mr Stone,

I served in the army for 22 years and retired as a warrant officer. Watching Ukraine, I see a war of artillery, drones and trenches, and I know how little we have. I ask you to support two things at once: keep supplying Ukraine with what it needs to hold Russia back, and rebuild our own army, which has been hollowed out by thirty years of cuts. Raise defence spending to 3% this Parliament and restart our munitions production.

Yours sincerely,
Graham Kerr""")
W("petition", ["ukraine", "defence"], "Send our surplus equipment to Ukraine and replace it", """We want the Government to give Ukraine the armoured vehicles and artillery the army is retiring, and to fund new equipment for our forces to replace it.

More details
Equipment sitting in depots could help Ukraine now. Replacing it with modern kit would strengthen our own army and support British defence jobs.""")
W("angry", ["ukraine", "defence"], "War", """Stop sending weapons to Ukraine and stop wasting billions on defence. Neither makes us safer.""")
W("email", ["ukraine", "defence"], "British troops in Ukraine", """I am against sending British troops to Ukraine as part of any reassurance force after a ceasefire. Our army is too small and it would put our soldiers in the line of fire against Russia. Please vote against it.""", "deploying UK forces to Ukraine: ukraine + defence")
W("template", ["ukraine", "defence"], "Coalition of the willing", """Dear MP,

I support the UK leading a coalition to guarantee Ukraine's security after a ceasefire, including British forces if needed. I also urge you to back the defence spending that such a commitment requires.

Yours sincerely""")
W("email", ["ukraine", "eu"], "Sanctions with the EU", """The UK and EU should coordinate sanctions on Russia and close the gaps between our lists. Please also support the UK working with the EU on using the frozen Russian assets for Ukraine. Brexit should not make us slower.""")
W("email", ["gaza", "defence"], "Arms factory in our town", """There is an Elbit factory near us making drone parts. I want the Government to stop all arms sales to Israel and to stop the defence industry here supplying them, and to spend less on weapons generally.""", "arms sales to Israel plus a view on defence spending/industry: gaza + defence")
W("email", ["ukraine", "gaza"], "Double standards in foreign policy", """I support sanctions on Russia and aid to Ukraine. I also want the same principles applied in the Middle East: a ceasefire in Gaza, an arms embargo on Israel and sanctions on violent settlers. International law must apply to everyone.""")
W("campaign", ["ukraine", "gaza"], "Protect civilians everywhere", """From Kharkiv to Gaza City, civilians are being bombed in their homes. We call on the UK to keep standing with Ukraine against Russian aggression and to stop arming Israel while Gaza starves. Sign for one standard of human rights.""")
W("email", ["ukraine", "defence", "eu"], "European security", """With America wavering, Europe has to look after itself. I want the UK to keep arming Ukraine, raise our defence budget and sign a proper defence deal with the EU so that we build weapons together.""")
W("petition", ["gaza"], "Stop the RAF base being used for flights to Israel", """We want the Government to stop allowing RAF Akrotiri to be used for military flights supporting Israel's operations in Gaza, and to publish how the base is used.

More details
The public has not been told what British bases are used for in this war. UK military facilities must not be used to assist attacks that may breach international law.""", "use of a UK base in the Gaza war: gaza, not defence (as with the RAF surveillance flights letter)")
W("email", ["defence", "eu"], "Military mobility", """Please support the UK joining the EU's military mobility project so that British forces can move across Europe quickly in a crisis. It's common sense defence cooperation with our neighbours.""")
W("sloppy", ["ukraine", "defence"], "money", """all this money on ukraine and defence while kids go hungry, sort out priorities, no more weapons""")
# ---------------------------------------------------------------- other: domestic casework and policy
O = []
W("petition", O, "Fund SEND provision properly in every council", """We want the Government to give councils enough funding to meet the legal duty to support children with special educational needs and disabilities.

More details
Families wait more than a year for Education, Health and Care Plans. Councils face huge deficits on their high needs budgets. Children are going without the support the law says they should get.""")
W("petition", O, "Keep the pensions triple lock", """We want the Government to guarantee the state pension triple lock for the rest of this Parliament.

More details
Millions of pensioners rely on the state pension. The triple lock protects them from rising prices. Breaking it would push more older people into poverty.""")
W("petition", O, "Compensate WASPI women now", """We want the Government to pay fair and fast compensation to women born in the 1950s affected by changes to the state pension age, as the Ombudsman recommended.

More details
The Parliamentary Ombudsman found maladministration in how the changes were communicated. Many women lost years of pension with little notice. Thousands have died waiting.""")
W("petition", O, "Scrap the two-child limit on benefits", """We want the Government to abolish the two-child limit in Universal Credit and Child Tax Credit.

More details
The policy pushes hundreds of thousands of children into poverty. Children should not be punished for the number of siblings they have.""")
W("petition", O, "Ban fox hunting under the guise of trail hunting", """We want the Government to close the loopholes in the Hunting Act and ban trail hunting.

More details
Trail hunting is used as a smokescreen for illegal hunting of foxes. Hounds kill foxes and cats and hunts trespass on private land. A full ban is needed.""")
W("petition", O, "Renationalise the water companies", """We want the Government to take water companies into public ownership.

More details
Private water companies have paid billions in dividends while dumping raw sewage into our rivers and seas and leaving leaking pipes unfixed. Water is a natural monopoly and should be run for the public.""")
W("petition", O, "Legalise assisted dying for terminally ill adults", """We want the Government to allow terminally ill, mentally competent adults to choose an assisted death, with strict safeguards.

More details
People with terminal illness should be able to die with dignity instead of suffering or travelling abroad.""")
W("petition", O, "Stop the small boats: leave the ECHR", """We want the Government to withdraw from the European Convention on Human Rights so that illegal migrants who cross the Channel in small boats can be removed.

More details
Tens of thousands cross the Channel each year. Human rights laws block deportations. Leaving the convention is the only way to regain control of our borders.""", "the ECHR is not the EU; small boats and asylum are other (README rule)")
W("petition", O, "Cap bus fares at £2 permanently", """We want the Government to keep the £2 bus fare cap permanently across England.

More details
Buses are a lifeline for older people, students and low-paid workers. Fares rising again would push people off the buses and lead to more routes being cut.""")
W("petition", O, "Exonerate every Post Office Horizon victim and pay them in full", """We want the Government to pay full compensation to every sub-postmaster affected by the Horizon scandal within twelve months.

More details
Hundreds were wrongly prosecuted and many more lost their savings and homes. Years after the truth came out, people are still waiting for payments.""")
W("petition", O, "Pay the infected blood compensation without further delay", """We want the Government to speed up compensation payments to people infected and affected by contaminated blood products.

More details
Victims have waited decades. Someone dies every few days without seeing a penny. The Inquiry was clear. Pay now.""")
W("petition", O, "Ban puberty blockers for under-18s permanently", """We want the Government to make the ban on prescribing puberty blockers to under-18s for gender dysphoria permanent.

More details
The Cass Review found weak evidence for these drugs. Children deserve caution.""")
W("petition", O, "Freeze council tax for pensioners", """We want the Government to freeze council tax for households where everyone is over state pension age.

More details
Council tax rises of 5% a year are unaffordable for pensioners on fixed incomes.""")
W("petition", O, "Reinstate the winter fuel payment for all pensioners", """We want the Government to restore the winter fuel payment to every pensioner.

More details
Many pensioners just above the Pension Credit threshold are struggling to heat their homes. The cut was made without any impact assessment.""")
W("campaign", O, "Save our GP surgery", """Our village GP surgery is set to close and patients will be moved to a practice eight miles away with no bus. Sign to tell the Integrated Care Board: keep the Hollybush surgery open.""")
W("campaign", O, "End raw sewage dumping", """Water companies dumped raw sewage into our rivers hundreds of thousands of times last year. Kids got sick swimming at our beach. Sign to demand a ban on bonuses for polluting bosses and real fines that go to cleaning up rivers.""")
W("campaign", O, "Stop the incinerator", """Plans for a huge waste incinerator next to a primary school must be stopped. Sign our petition to the Secretary of State and the council to reject the planning application.""")
W("campaign", O, "Keep our library open", """The council plans to close five branch libraries. Libraries are warm spaces, job clubs and the only free internet some people have. Sign to save them.""")
W("campaign", O, "No to the Ashby Road development", """850 homes on flood plain with no new school, no new GP and one access road. Sign to object before the planning committee on the 12th.""")
W("template", O, "Climate and nature", """Dear MP,

I am writing to ask you to support the Climate and Nature Bill. We need a joined-up plan to cut emissions in line with 1.5 degrees and to restore nature, with a citizens' assembly to help shape it. Please also oppose new oil and gas licences.

Yours sincerely""")
W("template", O, "Animal welfare: ban cages for farmed animals", """Dear MP,

Millions of hens, pigs and other farm animals in the UK are still kept in cages. I ask you to support a phased ban on cages and crates and an end to live exports.

Thank you""")
W("template", O, "Support the Renters' Rights Bill", """Dear MP,

I am a private renter. I ask you to support an end to no-fault evictions, a decent homes standard for private rented housing and limits on rent bidding.

Yours sincerely""")
W("template", O, "Fair funding for our schools", """Dear MP,

Our schools are cutting staff and asking parents for money for basic supplies. I ask you to press the Chancellor for a real-terms increase in school funding and a fully funded pay award for teachers.

Yours sincerely""")
W("template", O, "Bring back Sure Start", """Dear MP,

Research shows Sure Start improved children's health and school results. I ask you to support restoring family hubs in every community with proper long-term funding.

Kind regards""")
W("angry", O, "Potholes", """Ashby Lane is more pothole than road. Three cars damaged this week. Sort it.""")
W("angry", O, "Dentist", """Cannot find an NHS dentist anywhere. Fix it.""")
W("angry", O, "Council tax", """Another 5% council tax rise and the bins get collected every three weeks. Disgraceful.""")
W("angry", O, "Trains", """Northern cancelled my train four times this week. I'm going to lose my job.""")
W("angry", O, "HS2", """Billions on HS2 and it doesn't even go to Manchester now. Someone should go to prison.""")
W("angry", O, "Energy bills", """My energy bill has doubled in three years. Who is going to stop the energy companies ripping us off?""")
W("angry", O, "Small boats", """Another thousand came in on boats this week. What are you actually doing?""")
W("personal", O, "My son's EHCP", """Dear Mrs Hughes,

My son Jacob is eight and autistic. We applied for an Education, Health and Care Plan fourteen months ago. The legal deadline is twenty weeks. In that time he has been excluded twice and is now on a part-time timetable of two hours a day. I have had to give up my job to look after him.

Every time I ring the council I am told the SEND team is overwhelmed. I have the reference number 0041-EHC and copies of everything.

Please can your office contact the council's SEND department and find out when the plan will be finalised. I am at the end of my rope.

Yours sincerely,
Becky Lawson""")
W("personal", O, "My mother's care home fees", """Dear MP,

My mother has dementia and has been in a care home for two years. Her savings are almost gone and she will have to sell her house. The council says it will only pay a rate far below what the home charges, so we would have to find a 'top-up' of £400 a week, which we cannot.

I would like to know what the Government is doing about social care funding. My mother paid tax all her life and worked as a school cook. It feels as though she is being punished for getting ill.

Yours sincerely,
Jean Pickering""")
W("personal", O, "Universal Credit and my disability", """Dear Sir,

I have MS and had to stop working as a bus driver last year. I applied for Universal Credit and for the health element. The work capability assessment was done by phone and the assessor wrote that I can walk 200 metres, which I cannot. I have been found fit for work.

I have asked for a mandatory reconsideration but was told it could take months. Meanwhile my rent is in arrears. Could your office help me with this? My details are below.

Thank you,
Michael Oduya""")
W("personal", O, "Black mould in our council flat", """Dear MP,

I live in a council flat on the Lindfield estate with my three children. Since October there has been black mould on the walls of two bedrooms. My youngest has asthma and has been to A&E twice. The council sent someone to wipe it and paint over it and it came back within a week.

After what happened to Awaab Ishak, I thought things would change. Please help me get the council to fix the cause, or move us.

Yours,
Shanice Clarke""", "a council tenant's mould: casework, other (not service family accommodation)")
W("personal", O, "Cost of living", """Dear MP,

I am a single dad with two children working full time as a warehouse supervisor. After rent, council tax, energy and food I have nothing left. Last month I used a food bank for the first time. I never thought I would.

I'm not asking for a handout. I'm asking the Government to do something about rents and energy prices so that working people can get by. What are you doing about it?

Chris""")
W("personal", O, "Assisted dying", """Dear Ms Patel,

My husband died of motor neurone disease two years ago. In his last months he could not swallow or speak. He asked me more than once to help him die and I could not, because I would have been prosecuted. I watched him suffer.

When the assisted dying bill comes back, I ask you to vote for it. Please think of people like Robert.

Yours sincerely,
Ann Robertson""")
W("personal", O, "GP appointments", """Dear MP,

You cannot get a GP appointment at the Riverside practice. You ring at 8am, wait 40 minutes on hold and all the appointments have gone. My elderly father gave up and ended up in A&E with pneumonia. What is being done to get more GPs in this area?

Yours,
Sally Hartley""")
W("org", O, "Parish council: flooding on the A38", """Dear Member of Parliament,

The parish council wishes to draw your attention to repeated flooding of the A38 at Mill Bridge, which closed the road on eleven occasions last winter. The Environment Agency and the highways authority each say the other is responsible. We ask for your help in bringing them together to agree a solution.

Yours faithfully,
Clerk to the Council""")
W("org", O, "Hospice funding", """Dear MP,

As chief executive of the hospice serving your constituency I write about the rise in employer National Insurance contributions, which adds £300,000 a year to our costs. We receive only a third of our funding from the NHS. We ask you to press the Government to exempt hospices or increase our grant.

Yours sincerely,
Chief Executive""")
W("org", O, "Small business group: business rates", """Dear MP,

Our high street traders' association asks you to support reform of business rates. Independent shops pay rates far higher than online retailers' warehouses. Several members will close this year if the relief is cut.

Yours faithfully,
Chair, Traders' Association""")
W("org", O, "Wildlife trust: river pollution", """Dear MP,

The county wildlife trust writes about the state of the River Wye. Phosphate pollution from intensive poultry units is causing algal blooms and killing fish. We ask you to press Defra to enforce the farming rules for water and to stop new poultry units in the catchment.

Yours sincerely,
Director of Conservation""")
W("org", O, "Headteachers: RAAC in school buildings", """Dear MP,

We are the headteachers of four primary schools in your constituency. Two of our buildings contain RAAC concrete and one has had classrooms closed for a year. We ask you to press the Department for Education for a firm timetable to rebuild.

Yours faithfully""")
W("sloppy", O, "bins", """bins not been collected for 3 weeks on my street, its full of rats now, council dont answer phone, can u help""")
W("sloppy", O, "benefits", """my pip got stopped after the review and i cant walk far, have appealed but nobody tells me anything, what do i do""")
W("sloppy", O, "school bus", """they cut the school bus so my daughter has to walk 3 miles on a road with no pavement, this isnt safe, please help""")
W("sloppy", O, "broadband", """we still only get 2mb broadband in our village its 2025!! openreach keep saying next year, cant work from home""")
W("sloppy", O, "housing", """been on the housing list 6 years with 3 kids in a 1 bed flat, council says no points, wat am i supposed to do""")
W("sloppy", O, "speeding", """cars doing 60 down our road its a 30 someone will get killed, need speed bumps or camera""")
W("caps", O, "NO NHS DENTIST FOR MY CHILDREN", """MY CHILDREN HAVE NOT SEEN A DENTIST IN THREE YEARS. EVERY PRACTICE SAYS THEY ARE NOT TAKING NHS PATIENTS. WHAT IS THE POINT OF PAYING TAX.""")
W("caps", O, "STOP THE SEWAGE", """OUR BEACH HAD SEWAGE WARNINGS 30 DAYS LAST SUMMER. JAIL THE WATER BOSSES.""")
W("caps", O, "SAVE THE TRIPLE LOCK", """HANDS OFF OUR PENSIONS. KEEP THE TRIPLE LOCK.""")
W("caps", O, "ASYLUM HOTEL IN OUR TOWN", """WHY WERE LOCAL PEOPLE NOT CONSULTED ABOUT THE ASYLUM HOTEL? CLOSE IT.""")
W("email", O, "University tuition fees", """Dear MP, I am a sixth former. Tuition fees are going up again and interest on student loans is huge. Please support lowering tuition fees or bringing back maintenance grants.""")
W("email", O, "Rail fares", """Rail fares went up again by 4.6%. My season ticket now costs more than my rent. Please push for a freeze on rail fares.""")
W("email", O, "Hedgehogs", """Could you support the campaign for hedgehog highways in new housing developments? Our local hedgehog numbers have collapsed.""")
W("email", O, "Fireworks", """Please support limiting fireworks to licensed public displays. My autistic son is terrified every November.""")
W("email", O, "Inheritance tax on farms", """The changes to agricultural property relief will force family farms to be sold when the farmer dies. Please oppose the farm inheritance tax changes.""")
W("email", O, "Heat pumps", """I tried to get a heat pump under the Boiler Upgrade Scheme but the installer went bust with my deposit. Can your office help me recover it, and what protection is there for consumers?""")
W("email", O, "Dog attack", """My dog was attacked by an XL bully in the park. The owner walked off. The police said it was a civil matter. Please press for better enforcement of dangerous dog laws.""")
W("email", O, "Mobile signal", """There is no mobile signal at all in Upper Hatton. During the storm we could not call 999. Please help us get a mast.""")
W("email", O, "Carer's Allowance overpayments", """I have been told to repay £3,000 of Carer's Allowance because I earned £5 over the limit in some weeks. Nobody told me. Please help and please support changing this unfair rule.""")
W("email", O, "Private school VAT", """VAT on private school fees will force my daughter to leave her school in the middle of her GCSEs. Please reconsider.""")
W("email", O, "Smoking ban", """Please support the generational smoking ban. I lost my dad to lung cancer.""")
W("email", O, "Leasehold", """I own a leasehold flat and the service charge went up 60% this year with no explanation. Please support abolishing leasehold and capping ground rents.""")
W("email", O, "Immigration numbers", """Net migration is far too high. Please support a cap on work visas and stop overseas recruitment into care jobs until we train our own people.""", "immigration in general: other")
W("email", O, "Grooming gangs inquiry", """Please support a full national inquiry into grooming gangs. Victims deserve the truth.""")
W("email", O, "Disability benefits cuts", """I am writing to oppose the planned cuts to PIP and the health element of Universal Credit. Disabled people are terrified.""")
W("email", O, "Pension Credit", """My neighbour is 84 and didn't know she could claim Pension Credit. How many others are missing out? Please ask the Government to make it automatic.""")
W("email", O, "Knife crime", """A boy was stabbed outside the chicken shop on the High Street. Parents are scared. Please ask the police and the Home Office for more neighbourhood officers.""")
W("email", O, "Junk food ads", """Please support the ban on junk food advertising before 9pm. Child obesity in this town is among the worst in the country.""")
W("email", O, "Buses in the villages", """The 42 bus has been cut to twice a day. Older people in the villages are stranded. Please press the county council and the Government for rural bus funding.""")
W("email", O, "Solar farm on farmland", """A 200-acre solar farm is planned on good farmland next to our village. Please object to it on our behalf.""")
W("email", O, "Online safety", """My 13-year-old was sent horrible content on social media. Please push for the Online Safety Act to be enforced properly and for a ban on smartphones for under-16s.""")
W("email", O, "Digital ID", """I am against a compulsory digital ID card. Please vote against it.""")
W("email", O, "Gambling ads", """My brother lost his house to online gambling. Please support a ban on gambling advertising in football.""")
W("email", O, "Student visa for my nephew", """My nephew from Nigeria has been offered a place at De Montfort but his student visa was refused over a bank statement. Can your office help?""")
W("email", O, "Child maintenance", """The Child Maintenance Service has not collected a penny from my ex in two years. Please help.""")
W("email", O, "Nursery places", """The 30 free hours sound great but no nursery in town has places for under-twos. Please raise this with ministers.""")
W("email", O, "Scam", """My 80-year-old father lost £20,000 to a bank impersonation scam. The bank refuses to refund. Can you help?""")
W("email", O, "Right to roam", """Please support a right to roam bill like Scotland's. Most of England's countryside is off limits.""")
W("email", O, "Greyhound racing", """Please support the ban on greyhound racing. Dogs are dying on the tracks.""")
W("email", O, "Maternity services", """The maternity unit at our hospital has been rated inadequate. Please demand an inquiry and urgent improvements.""")
W("email", O, "Face to face ticket offices", """Please stop the closure of railway ticket offices. My mum is blind and cannot use the machines.""")
# ---------------------------------------------------------------- other: foreign affairs that are not our topics
W("petition", O, "Stop arms sales to Saudi Arabia over the war in Yemen", """We want the Government to suspend all arms export licences to Saudi Arabia and the UAE for weapons that could be used in Yemen.

More details
British-made bombs and aircraft have been used in strikes that killed civilians in Yemen. Millions face famine. The UK should stop fuelling the conflict.""", "Yemen civil war and Saudi arms sales: other (not Israel/Gaza)")
W("petition", O, "Sanction those responsible for atrocities in Sudan", """We want the Government to impose sanctions on the leaders of the Rapid Support Forces and the Sudanese army responsible for atrocities against civilians in Darfur.

More details
Sudan is the world's largest humanitarian crisis. Ethnic killings in El Fasher and famine across the country demand action. The UK is penholder on Sudan at the UN Security Council.""")
W("petition", O, "Protect Hong Kongers on the BN(O) visa", """We want the Government to keep the five-year route to settlement for Hong Kong BN(O) visa holders and not extend it to ten years.

More details
Hong Kongers came here fleeing repression, trusting the promise made in 2021. Changing the rules now would be a betrayal.""")
W("petition", O, "Recognise the Uyghur genocide", """We want the Government to formally recognise that the Chinese state is committing genocide against Uyghurs in Xinjiang and to ban imports made with forced labour.

More details
Over a million Uyghurs have been detained in camps. Parliament voted in 2021 that a genocide is taking place. The Government should act on that vote.""")
W("campaign", O, "Free Jimmy Lai", """Jimmy Lai, a British citizen, has been jailed in Hong Kong for his journalism. Sign to call on the Foreign Secretary to demand his release and to sanction the officials responsible.""")
W("campaign", O, "Afghan women deserve an education", """Under the Taliban, girls cannot go to school beyond the age of 12 and women are banned from universities. Sign to ask the UK to keep pressing the Taliban and to fund online schooling for Afghan girls.""", "Afghanistan under the Taliban: other")
W("template", O, "Human rights in Iran", """Dear MP,

I am writing about the wave of executions in Iran, including of protesters from the Woman, Life, Freedom movement. I ask you to urge the Government to condemn the executions, sanction the judges responsible and support Iranian civil society.

Yours sincerely""", "Iran's human rights at home, not the conflict with Israel: other")
W("template", O, "Kashmir", """Dear MP,

I write to raise the human rights situation in Indian-administered Kashmir, including arrests of journalists and restrictions on communications. I ask the Government to raise these concerns with India and support the right of Kashmiris to self-determination.

Yours sincerely""")
W("template", O, "Tigray and Ethiopia", """Dear MP,

Hundreds of thousands died in the war in Tigray and survivors of sexual violence have had no justice. I ask the Government to support an independent investigation and to keep humanitarian aid flowing to northern Ethiopia.

Yours faithfully""")
W("email", O, "Taiwan", """Dear MP, I am worried about China's military drills around Taiwan. Please ask the Foreign Office to support Taiwan's participation in international bodies and to make clear that any invasion would face sanctions.""", "Taiwan/China: other")
W("email", O, "Myanmar", """The military junta in Myanmar is bombing villages and the Rohingya are still in camps in Bangladesh. Please ask the Government to sanction aviation fuel sales to the junta.""")
W("email", O, "Syrian refugees", """Now that Assad has fallen, some people say Syrian refugees should go home. Many of their homes are rubble. Please make sure the Government does not force Syrians to return to an unstable country.""", "Syria's civil war and Syrian refugees: other")
W("email", O, "Overseas aid cut", """Cutting the aid budget to 0.3% of national income will cost lives in the poorest countries. Please oppose it.""", "the aid budget in general: other (README rule)")
W("email", O, "Congo", """The fighting in eastern Congo has displaced millions. Rwanda is backing the M23 rebels. Please ask the Government to suspend aid to Rwanda until it withdraws.""")
W("email", O, "Chagos Islands", """I oppose giving the Chagos Islands to Mauritius and paying billions to lease back the base. Please vote against the treaty.""", "Chagos sovereignty deal: judged other (a territory and treaty issue, not defence spending or the armed forces)")
W("email", O, "Sikh activist", """Please ask the Foreign Office to raise the case of Jagtar Singh Johal, a British citizen detained in India for years without trial.""")
W("email", O, "Christians in Nigeria", """Christians in northern Nigeria are being killed in attacks on villages. Please ask the Government to raise freedom of religion with Nigeria.""")
W("sloppy", O, "sudan", """no one talks about sudan, kids starving there too, uk should send more aid and push for peace""")
W("caps", O, "FREE THE UYGHURS", """STOP BUYING COTTON AND SOLAR PANELS MADE BY UYGHUR SLAVE LABOUR.""")
W("email", O, "Chinese embassy", """Please oppose the new Chinese mega-embassy at Royal Mint Court. It is a security risk and Hong Kongers in London are afraid.""", "China: other")
W("email", O, "Bangladesh", """Please ask the Government to support free and fair elections in Bangladesh and investigate the killing of student protesters.""")
W("email", O, "Armenia and Nagorno-Karabakh", """The Armenians of Nagorno-Karabakh were driven from their homes. Please ask the Government to support their right to return and to stop treating Azerbaijan as a normal partner.""")

# ---------------------------------------------------------------- other: hard negatives (a topic word in passing)
W("email", O, "Poppy appeal collection at the station", """Dear MP, our Royal British Legion branch has been told by the rail company that we can no longer sell poppies in the station concourse this year because of a new licensing policy. Could you have a word with them? Our collectors are mostly in their eighties and the station has always been our best pitch.""", "poppy selling permission: other")
W("email", O, "Remembrance Sunday road closure", """Hello, every year the council charges the Legion for the road closure and traffic management on Remembrance Sunday. This year it is £2,400 which the branch cannot afford. Could you ask the council to waive the fee? The parade to the war memorial has happened since 1920.""", "Remembrance parade road closure fee: other")
W("email", O, "War memorial vandalised", """Someone has sprayed graffiti on the war memorial in Market Square. The names of the men from this town who died in both world wars are covered. Please ask the council and police to clean it and catch whoever did it.""")
W("personal", O, "D-Day anniversary trip", """Dear Mr Holloway,

My grandfather landed on Gold Beach on 6 June 1944 with the Green Howards. He died last year aged 99. Our family is planning to take his medals to Normandy for the anniversary, and the local school wants pupils to come with us.

Is there any funding for school trips to the D-Day beaches or the war cemeteries? The school says it is the best history lesson the children could have, but the coach and ferry cost more than families can afford.

With thanks,
Linda Barker""", "D-Day and WW2 history: other")
W("email", O, "Army museum funding", """Dear MP, the regimental museum in the castle is closing two days a week because its grant has been cut. It tells the story of our county's regiment from Waterloo to Afghanistan and schools visit all the time. Is there any heritage funding that could keep it open?""", "a museum's heritage funding: other")
W("email", O, "Cadets at the academy", """Hello, I am a parent governor. Our school's Combined Cadet Force has been told its central funding ends next year. Around 80 pupils take part; it builds confidence and many do their Duke of Edinburgh through it. Could you find out whether the school can apply to the education budget or a youth fund to keep it going?""", "school cadet force funding in a school: judged other (youth/school funding, not armed-forces policy)")
W("email", O, "Thank you for the charity run", """Dear Sarah, thank you so much for running the 10k for Help for Heroes with our team last Sunday. We raised £3,140 and the photos of you at the finish line have gone down a storm on our Facebook page. Hope your legs have recovered! Best, the Riverside Runners""", "thanks for a veterans' charity run: judged other (thanks, no policy ask)")
W("email", O, "Our energy bills", """Since the war started in Ukraine my gas and electricity bills have gone through the roof and they have never come back down. I am a pensioner living on my own. Please push for a social tariff and for the standing charges to be scrapped.""", "war only as cause of energy prices: other")
W("email", O, "Farm subsidies", """Since Brexit we have lost the basic payment and the new SFI scheme is a shambles. Feed and fertiliser prices are up too. I am asking for the Sustainable Farming Incentive to reopen for applications so that small livestock farms like ours can survive.""", "Brexit as background to a domestic farm-subsidy ask: other")
W("email", O, "Eurovision tickets", """Could you ask why Liverpool residents got priority for Eurovision tickets when it was here but our city gets nothing when we host big events? Just a thought for the next time.""")
W("email", O, "European football night", """The Europa League match on Thursday means our road will be closed and parked up from 3pm again. Residents were not told. Please ask the club and the council for a proper parking scheme on European match nights.""")
W("email", O, "Twinning visit", """Dear MP, our town twinning association is hosting forty guests from our French twin town, Saint-Aubin, in May. The mayor would love to meet you at the civic reception on Friday 16 May. Would you be able to come?""", "a twin town in France: other")
W("email", O, "Licence for the Ukrainian restaurant", """My friend has opened a small Ukrainian restaurant on Queen Street and the council has held up her alcohol licence for four months over paperwork. She has put her savings into it. Could your office ask licensing what is going on?""", "a Ukrainian-run business's licence: casework, other")
W("email", O, "Concert at the cathedral", """Our community orchestra is performing Rachmaninov and Tchaikovsky at the cathedral on 8 March to raise money for the food bank. We would be delighted if you could attend. Tickets are free for you and a guest.""", "Russian composers' concert invitation: other")
W("email", O, "Noise from next door", """My neighbour moved here from Tel Aviv last year and he is a lovely man, but his home studio runs until 2am most nights with the bass going through the wall. The council's noise team has not responded in six weeks. Please can you chase them?""", "Israeli-born neighbour's noise complaint: other")
W("email", O, "Channel crossings", """Another boat came ashore near Dungeness this week. Refugees and migrants are being put in hotels while locals wait for housing. What is the plan to stop the crossings?""", "Channel crossings, refugees without Ukraine: other")
W("email", O, "VAT threshold", """I run a small joinery business. Since Brexit the paperwork on imported timber has doubled, but my real problem is the VAT threshold: the moment I go over £90,000 I lose a fifth of my margin. Please support raising the VAT threshold or smoothing it for small firms.""", "Brexit paperwork mentioned in passing; the ask is the VAT threshold: other")
W("personal", O, "Housing for my father, a veteran", """Dear MP,

My father served 22 years in the Royal Navy and is now 78. He has had two falls at home and can no longer manage the stairs. The housing association says there is no ground-floor flat available for at least two years.

I am not asking for special treatment because he is a veteran, just help with getting him into suitable housing before he has another fall. His housing application number is HA-22931.

Kind regards,
Mark Edwards""", "a veteran's own housing: casework, other (README rule)")
W("email", O, "Ukrainian family's universal credit", """The Ukrainian family who live with us under Homes for Ukraine have had their Universal Credit stopped because the mother's visa extension has not yet been processed. They have no income this month. Could your office please contact the DWP and the Home Office urgently? Their reference numbers are attached.""", "a Ukrainian family's benefits/visa case: casework, other (README rule)")
W("email", O, "Israeli grandson's passport", """My grandson was born in Haifa and we want to apply for his British passport by descent. The online form keeps rejecting his Israeli birth certificate. Could your office help us find out what to do?""", "an Israeli-born child's passport: casework, other")
W("email", O, "Palestinian student's visa", """I am a lecturer. One of our incoming PhD students from the West Bank has had her student visa delayed for three months and will miss the start of term. Could your office enquire with UKVI? Her reference is GWF0932177.""", "a single student's visa case: casework, other")
W("email", O, "Russian wife's visa", """My wife is Russian and her spouse visa renewal has been pending for eight months. She can't travel to see her mother who is ill in St Petersburg. Please could your office ask UKVI for an update?""", "a spouse visa case: casework, other")
W("email", O, "Armed Forces Day", """We would be delighted if you could open our Armed Forces Day family fun day on the rec on 28 June at 11am. There will be a bouncy castle, a brass band and the cadets doing a display.""", "an invitation: other")
W("email", O, "Lest we forget", """Thank you for laying a wreath at the memorial on Sunday. It meant a lot to the old boys from the Legion that you stayed for the tea afterwards.""", "thanks after Remembrance: other")
W("email", O, "Spitfire flypast noise", """I appreciate the Battle of Britain Memorial Flight but the flypasts over the estate for the air show started at 7am on a Sunday. Can the organisers be asked to keep to reasonable hours?""")
W("email", O, "WW2 bomb found", """An unexploded wartime bomb was found on the building site behind our road and we were evacuated overnight. Nobody from the developer has apologised or offered compensation for the hotel we had to pay for. Can you help?""")
W("email", O, "Military road", """The Old Military Road past the farm has potholes you could lose a tractor in. Please get the county council to resurface it.""", "military only in a road name: other")
W("email", O, "The Nato roundabout", """The roundabout by the old NATO fuel depot has had three crashes this year. The lights are badly timed. Please ask highways to review the junction.""", "NATO only as a place name: other")
W("email", O, "Army surplus store", """The army surplus shop on Bridge Street has been refused planning to change the shop front. The owner has been there 30 years. Please support him with the planning office.""")
W("email", O, "Navy blue school uniform", """The new academy insists on a navy blazer from one supplier at £65. Parents cannot afford it. Please support the law on cheaper school uniforms being enforced.""", "'navy' as a colour: other")
W("email", O, "Price of bread", """Everything has gone up: bread, milk, butter. They say it's the war, Brexit, the weather, but families just need help. Please support free school meals for every child on Universal Credit.""", "war and Brexit as background; the ask is free school meals: other")
W("email", O, "Sewage and the European standard", """Our river used to meet the old European bathing water standard. Now it is full of sewage. Please press the water company and Ofwat to stop the discharges.""", "European standard mentioned in passing; the ask is sewage: other")
W("email", O, "European Health Insurance Card", """I am going to Italy for my daughter's wedding. My GHIC application was rejected with no reason. Can you help me before I travel on the 20th?""", "a travel card application: casework, other")
W("email", O, "Driving licence in Spain", """My mother lives in Spain and is struggling to exchange her UK driving licence. The consulate will not answer. Could your office ask the Foreign Office for help?""", "an individual's consular problem: casework, other")
W("email", O, "Polish shop", """The Polish deli on Church Street has been attacked twice this month. The owners are frightened. Please ask the police to do more.""")
W("email", O, "French exchange", """Our secondary school's French exchange is struggling to get visas for pupils who are not British citizens. Could you ask the Home Office about the group travel list rules?""", "judged other: school trip paperwork for an individual school")
W("personal", O, "My son in the army wants to come home", """Dear MP,

My son is 17 and joined the army at 16. He is at the training regiment and desperately unhappy. He wants to leave but has been told he has missed the window to discharge as of right. He has talked about harming himself.

Please can you help him get a discharge or at least get someone from the chain of command to listen to him. I am frightened for him.

Yours,
Donna Pearce""", "an individual soldier's discharge and welfare: casework, other")
W("email", O, "RAF base housing sale", """The old married quarters at the former RAF station have been empty for ten years. Could the council buy them for social housing? There are 300 families on the waiting list.""", "empty former MOD houses for local social housing: other")
W("email", O, "Veterans' walking football", """Our veterans' walking football club meets on Wednesdays and would love a visit. We've raised money for a new kit and the lads would be chuffed to have a photo with you.""")
W("email", O, "Legion hall roof", """The Royal British Legion hall roof is leaking and the branch can't afford repairs. It's the only community hall in the village. Are there any community grants we could apply to?""")
W("email", O, "Climate and war", """Wars, droughts and floods will only get worse as the planet heats up. Please support the Climate and Nature Bill and stop subsidising fossil fuels.""", "war as a general mention in a climate letter: other")
W("email", O, "Ukrainian dance group", """Our school's Ukrainian dance group has been invited to perform at the town festival but the council wants £300 public liability insurance. Can you help us find funding?""", "a community group's funding: other")
W("email", O, "Israeli dancer's show", """An Israeli dance company is performing at our theatre and there is a protest planned outside. I am not asking about politics. I just want to know whether the road will be closed, as I'm disabled and need access to my flat on that street.""", "access during a protest: casework, other")
W("email", O, "Russian-speaking community centre", """The community centre used by Russian-speaking families from Latvia and Lithuania has lost its lease. The children's Saturday school needs a room. Any ideas?""")
W("email", O, "Military wives choir", """The Military Wives Choir from the local base is holding its Christmas concert on 14 December in the church. We'd love you to come and say a few words.""", "an invitation: other")
W("email", O, "Shell shock exhibition", """The library is hosting an exhibition on shell shock in the First World War with letters from local soldiers. We would welcome you at the opening on Thursday.""")
W("email", O, "Bus cuts and the armed forces discount", """The 18 bus is being cut from every half hour to hourly. I'm a veteran and use my concessionary pass, but this affects everyone on the estate. Please fight the cut.""", "veteran mentioned in passing; the ask is a bus route: other")
W("sloppy", O, "neighbour", """my neigbour keeps parking his army truck on the pavement, hes a reservist i think, i cant get my pram past, who do i complain to""", "a parking complaint: other")
W("sloppy", O, "war memorial bench", """the bench by the war memorial is broke and the old folk cant sit down after church, who fixes that council or legion""")
W("caps", O, "REMEMBRANCE PARADE PARKING", """WHY DID THE COUNCIL TOW CARS ON THE MORNING OF THE REMEMBRANCE PARADE WITHOUT PROPER SIGNS? £250 TO GET MY CAR BACK.""")
W("caps", O, "EURO 2028 FAN ZONE", """THE FAN ZONE IN THE PARK FOR EURO 2028 WILL RUIN THE GRASS FOR A SUMMER. WHO AGREED THIS?""", "European football: other")
W("email", O, "Passport office and Brexit", """I've heard passport renewals are slower since Brexit because of the new travel rules. Mine has been stuck for nine weeks and I fly on the 14th. Application 7710-2233-19. Please help.""", "a passport case; Brexit in passing: other")
W("email", O, "Moscow State Circus", """The circus on the common is using animals, which I thought was banned. Please check whether this is legal.""", "'Moscow' only as a name; animal welfare: other")
W("email", O, "Ex-soldier as councillor", """Just to let you know I am standing for the parish council. I served in the Rifles for nine years and want to give something back to the village. Any advice on campaigning would be welcome.""")
W("email", O, "Trident Park play area", """The play area on Trident Park has been closed for a year because of a broken swing. Please get the council to fix it.""", "'Trident' as a place name: other")
W("email", O, "Gaza Road housing", """The Gaza Road estate (named after the Palestine campaign of 1917, we're told) needs new windows in every block. Tenants are freezing. Please push the housing association.""", "'Gaza' as a street name: other")
W("email", O, "Refugee charity awards", """Our refugee drop-in centre, which supports families from Eritrea, Sudan and Afghanistan, has been shortlisted for a community award. We'd love you to nominate us.""", "refugees in general: other")
W("email", O, "Israeli tech firm jobs", """An Israeli-owned software company is opening an office in the business park with 120 jobs. Will the council provide the promised road improvements before it opens?""", "local jobs and roads: other")
W("email", O, "Dover traffic", """Every summer weekend Dover is gridlocked with holiday traffic. Whatever the cause, residents cannot get to work or hospital appointments. Please ask Kent County Council for a proper local traffic plan.""", "judged other: local traffic management, no ask about EU border arrangements")
W("personal", O, "A veteran and his PIP", """Dear MP,

I served in the Royal Engineers and was injured in a vehicle accident on exercise in 2009. I get a small armed forces pension. My PIP was stopped at the last review even though my condition is worse. The assessor did not read the reports from my consultant.

Could your office please help me with the appeal? I have the papers ready.

Thank you,
Dave Whitlock""", "a veteran's individual PIP appeal: casework, other")
# ---------------------------------------------------------------- other: more hard negatives and casework
W("email", O, "Ukrainian pupils' English support", """Our primary school has 14 children who arrived from Ukraine, Afghanistan and Hong Kong. The EAL support funding has been cut by the council. Please ask the council to restore it; these children are doing brilliantly but need help with English.""", "school funding for pupils with English as an additional language: other")
W("email", O, "Defibrillator for the Legion club", """We are fundraising for a defibrillator outside the Legion club. Could you share our appeal on your page? We need £1,200.""")
W("email", O, "Kyiv-born doctor", """I'd like to nominate Dr Oleksandr Melnyk, a Kyiv-born GP at the Parkside surgery, for a local NHS award. He has gone above and beyond for his patients this year.""", "praise for a Ukrainian-born doctor: other")
W("email", O, "Mortgage rates", """Our fixed rate ends next month and the new rate is double. Inflation went up with the war and everything else but we can't afford £600 more a month. Is there any help for families facing mortgage rises?""", "war only as background to mortgage rates: other")
W("email", O, "Gaza vigil litter", """After the vigil for Gaza in the park on Saturday there was a lot of litter and candle wax on the benches. I'm not against the vigil at all, I'd just like the council to do a proper clean after events.""", "a litter complaint: other")
W("email", O, "Pro-Israel rally parking", """There is a rally planned outside the town hall on Sunday and last time the car park was closed without notice. As a shop owner I'd like to know if we will have access. I'm not taking a view on the rally itself.""", "access and parking: other")
W("email", O, "Synagogue security grant", """The community security grant for our synagogue has been delayed, and the guards' contract ends next month. Can your office find out from the Home Office when the payment will arrive?""", "a security grant payment for a place of worship: casework, other")
W("email", O, "Mosque vandalised", """The windows of our mosque were smashed last night. It is the third time this year. Please ask the police to increase patrols and to treat it as a hate crime.""", "a hate crime report: other")
W("email", O, "EU lorry drivers", """The haulage firm I work for cannot find enough drivers. The training and HGV licence costs are huge. Please support government funding for HGV training for young people.""", "driver shortage and training: other")
W("email", O, "German Christmas market", """The German Christmas market in the city centre blocks the only disabled parking bays for six weeks. Please ask the council to provide alternative bays.""")
W("email", O, "French lessons cut", """Our school is dropping French and German at GCSE because it cannot recruit language teachers. Please support more funding for modern languages teacher training.""", "judged other: language teacher recruitment (no EU relations ask)")
W("email", O, "Eurostar from Ashford", """Eurostar trains still don't stop at Ashford International. It would help local tourism and businesses. Please push Eurostar to restore the service.""", "a rail service stop: other")
W("email", O, "Flooding and army help", """When the river flooded in January, the army was brought in to help with sandbags and we were very grateful. But the flood defences promised after the 2020 floods still have not been built. Please get the Environment Agency to start work.""", "army mentioned in passing; the ask is flood defences: other")
W("sloppy", O, "nhs waiting", """been waiting 70 weeks for a hip operation, cant work, cant sleep, they say its because of covid and the war and everything but 70 weeks??""", "war as a passing excuse: other")
W("email", O, "Navy veteran's medal", """My late uncle served on HMS Belfast. We think he was entitled to the Arctic Star but it was never claimed. How do we apply to the MOD Medal Office on behalf of his estate?""", "a medal application: casework, other")
W("email", O, "Cold War bunker", """The old Royal Observer Corps bunker on the hill is being sold. A local history group would like to turn it into a small museum. Could the council help with a community asset transfer?""")
W("caps", O, "WHY IS PETROL SO EXPENSIVE", """PETROL IS STILL OVER £1.40 WHEN OIL PRICES HAVE FALLEN SINCE THE WAR. THE RETAILERS ARE PROFITEERING. BRING IN A PRICE CHECKER.""", "war as a reference point for fuel prices: other")
W("email", O, "Interpreters at court", """The magistrates' court keeps adjourning cases because no Polish or Romanian interpreter turns up. Victims wait months. Please raise the interpreting contract with the Ministry of Justice.""")
W("personal", O, "My Afghan neighbour's family", """Dear MP,

My neighbour Farid came here as a refugee in 2021 and works as a delivery driver. His wife and three children are still in Kabul. He has applied for family reunion and heard nothing in a year. The children cannot go to school there. The girls especially.

Could your office please ask the Home Office what is happening with his application? I have his permission to write and his reference number.

Yours sincerely,
Patricia Long""", "family reunion case for an Afghan refugee: casework, other (not a British forces interpreter)")
W("email", O, "Energy rebates after the war spike", """I was overcharged by my energy supplier during the price spike after Russia invaded Ukraine and they still owe me £410 in credit. I have complained twice. Can you help me get it back?""", "an energy account case; the war only as a date: other")
W("email", O, "Memorial bench for my son", """My son served in the Paras and died in a motorbike accident last year. The council won't let us put a memorial bench in the park because of a new policy. Can you help?""", "a memorial bench request: other")
W("email", O, "Hostage to fortune", """The council has made itself a hostage to fortune by borrowing £200m for a shopping centre that is now half empty. Please ask the Secretary of State to appoint commissioners before council tax rises again.""", "'hostage' as an idiom; council finance: other")
W("email", O, "Ceasefire between the neighbours", """We need a ceasefire on our street! The two households at the end have been feuding for a year with CCTV, fences and police calls. The housing association does nothing. Could your office ask them to mediate?""", "'ceasefire' in a neighbour dispute: other")
W("email", O, "Invasion of the parakeets", """An invasion of ring-necked parakeets has taken over the park and the native birds are disappearing. Is anything being done nationally about invasive species?""", "'invasion' of birds: other")

# ---------------------------------------------------------------- second batch: mixed casework + policy, quoted
# replies, several subjects in one letter, more petitions on other subjects
W("personal", ["defence"], "Now that I am housed: the veterans' housing law", """Dear Mr Ellis,

Thank you for your office's help last year when I was sofa-surfing after leaving the Royal Signals. The council found me a flat in March and I am working again.

I am writing now about everyone else in my position. Half the lads I served with had nowhere to go when they got out. Please back the proposal to give service leavers a legal right to priority social housing for their first two years, and to make the MOD plan housing with every soldier before discharge.

Yours,
Ryan Doyle""", "casework resolved; the letter now argues veterans' housing policy: defence")
W("personal", ["ukraine"], "Our host family case is sorted, but the scheme is not", """Dear Ms Kaur,

Your caseworker helped our guests, the Bondarenko family, get their biometric cards sorted in the spring, and we are very grateful.

I now want to raise the policy. Families like theirs are on temporary permission with no end in sight. Please press the Home Office to allow Ukrainians here for three years or more to apply for settlement, and to let hosts' guests rent privately with a government deposit guarantee.

Kind regards,
Tom and Rachel Ibbotson""", "earlier casework mentioned; the ask is Ukraine scheme policy: ukraine")
W("email", ["gaza"], "Three things", """Hi, three things if I may. 1) The street light outside number 14 has been out since August, ref 55120. 2) Thanks for coming to the school fair. 3) More importantly, I'd like you to vote for an end to arms sales to Israel. What is happening in Gaza is unbearable.""", "several subjects; one genuinely argues Gaza policy: gaza")
W("email", ["eu"], "Re: Your reply about the EU", """Thank you for your reply of 3 June, but it did not answer my question. You said the Government is "resetting relations" with the EU. I asked whether you personally support rejoining the customs union. Yes or no? Many businesses in this constituency would like to know.

> Thank you for contacting me about the UK's relationship with the European Union. The Government is committed to resetting relations...""")
W("email", ["ukraine"], "Fwd: Ukraine aid petition", """---------- Forwarded message ---------
Subject: Ukraine aid

Please see below. I agree with every word. Keep the military aid to Ukraine going and don't let the frozen Russian assets be handed back in a peace deal.

> Dear MP, I am writing to urge you to keep supporting Ukraine...""")
W("email", ["defence"], "Follow-up: forces pay", """Following up my letter of last month, to which I've had no reply. I asked whether you will support the armed forces pay review body's recommendation in full and an end to the below-inflation rises for junior ranks. My son is a lance corporal and is thinking of leaving.""")
W("personal", ["defence"], "From the wife of a submariner", """Dear MP,

My husband serves on a Vanguard-class submarine. Patrols have stretched to six months and more because the boats are old and the replacements are late. He missed our daughter's birth and her first birthday. The crews are exhausted and good people are leaving.

I support the deterrent, but the Government must get the Dreadnought boats delivered on time and look after the families who make continuous at-sea deterrence possible: more support during patrols, better communication and decent housing near Faslane.

Yours sincerely,
Lucy Barraclough""")
W("petition", ["defence"], "Free bus travel for all veterans", """We want the Government to give every veteran free bus travel across England, as many councils already do for the armed forces.

More details
Veterans' railcards exist, but bus travel depends on where you live. A national concession would honour service and help veterans on low incomes get to work and appointments.""", "a national veterans' entitlement (covenant policy): defence")
W("petition", ["defence"], "Stop selling off military training land for housing", """We want the Government to halt the sale of MOD training areas and barracks for housing until the army's future training needs have been assessed.

More details
Once training land is sold it is gone for good. With the army expected to grow and train for larger wars, we should not be disposing of ranges and barracks.""")
W("email", ["defence"], "The Strategic Defence Review and the Territorial Army", """I served in the TA in the 1990s. The reserves have been run down. Please support the review's call to expand the Army Reserve and give reservists proper equipment.""")
W("email", ["defence"], "Defence spending and the NHS", """I'm an NHS nurse and I know what you'll say about money, but I think spending 2.5% on defence is right given Russia. Please don't let anyone cut it to pay for other things.""", "mentions Russia and the NHS; the view is on defence spending: defence")
W("angry", ["defence"], "Veterans", """Ministers make speeches about veterans then let them sleep in doorways. Sort veterans' housing out.""")
W("caps", ["gaza"], "ISRAEL MUST LET JOURNALISTS IN", """FOREIGN JOURNALISTS HAVE BEEN BANNED FROM GAZA FOR OVER A YEAR. THE UK MUST DEMAND ACCESS.""")
W("email", ["gaza"], "Northern Gaza evacuation orders", """I'd like the Government to oppose the forced displacement of Palestinians from northern Gaza and any plan to move Gazans to other countries. Please say it clearly in Parliament.""")
W("email", ["gaza"], "Hostage families", """Please meet the families of the remaining hostages when they come to Westminster. They need every government to press Hamas and the mediators in Qatar and Egypt.""")
W("sloppy", ["ukraine"], "ukraine peace", """trump says he can end the ukraine war in a day but not if ukraine loses half its land, uk shud back ukraine not putin""")
W("email", ["ukraine"], "Ukrainian grain imports", """Dear MP, I farm in Lincolnshire. I support Ukraine but the tariff-free import of Ukrainian grain and chicken is undercutting British farmers. Please ask the Government to put limits on the trade liberalisation deal with Ukraine.""", "a view on UK trade support for Ukraine: ukraine")
W("email", ["eu"], "EU youth scheme and my restaurant", """I run a restaurant in Bath and cannot find chefs. Before Brexit half my kitchen came from Spain and Portugal. Please support a youth mobility deal with the EU that includes hospitality workers.""")
W("email", ["eu"], "Steel safeguards and the EU", """The EU's new steel quotas will shut out British steel unless the Government negotiates an exemption. Please make this a priority in talks with Brussels.""")

W("petition", O, "Make Remembrance Sunday a bank holiday", """We want the Government to make the Monday after Remembrance Sunday a bank holiday.

More details
A bank holiday would give families time to remember those who died in the world wars and later conflicts, and would let more people attend services.""", "commemoration: other (no armed-forces policy ask)")
W("petition", O, "Fund a national memorial to the Arctic convoys", """We want the Government to fund a national memorial to the sailors of the Arctic convoys in London.

More details
Over 3,000 men died taking supplies to Russia through the Arctic between 1941 and 1945. Churchill called it the worst journey in the world. There is still no national memorial in the capital.""", "WW2 commemoration; Russia only as history: other")
W("petition", O, "Ban the sale of disposable vapes", """We want the Government to ban the sale of disposable vapes completely and enforce it.

More details
Disposable vapes are marketed at children in bright colours and flavours, and millions are thrown away every week.""")
W("petition", O, "Require CCTV in all slaughterhouses", """We want the Government to require independently monitored CCTV in every area of every slaughterhouse where live animals are present.

More details
Undercover investigations keep finding animals being abused. Independent monitoring would protect welfare.""")
W("petition", O, "Lower the voting age to 16 in all UK elections", """We want the Government to lower the voting age to 16 for all UK elections.

More details
16 and 17 year olds can work, pay tax and join the army, but cannot vote for the Parliament that makes decisions about their future.""", "'join the army' as an argument for votes at 16: other")
W("petition", O, "Stop the closure of our maternity unit", """We want the Government to stop the closure of the midwife-led unit at the community hospital.

More details
Mothers in the valley will have to travel over an hour in labour. The consultation was rushed and ignored local people.""")
W("petition", O, "Refund Horizon-era Post Office shortfalls to every sub-postmaster's family", """We want the Government to pay back every shortfall paid by sub-postmasters, including to the families of those who have died.

More details
Some families are being told compensation ends with the death of the sub-postmaster. That is wrong.""")
W("petition", O, "Suspend the asylum hotel contracts", """We want the Government to end the use of hotels for asylum seekers within six months.

More details
Hotels cost billions a year and towns were not consulted. People fleeing war in Sudan, Eritrea and Afghanistan should be housed in proper accommodation and have their claims decided quickly.""", "asylum in general; 'fleeing war' in passing: other")
W("campaign", O, "Save our swimming pool", """The council wants to close the Leisure Centre pool to save money on energy, blaming the price rises since the war. Our kids learn to swim there. Sign to keep it open.""", "war as the cause of energy costs: other")
W("campaign", O, "Stop the sale of the playing fields", """The academy trust wants to sell the school playing fields for 120 flats. Sign to protect them for the children and the community.""")
W("campaign", O, "Clean air for our schools", """Children at four primary schools breathe illegal levels of pollution from the bypass. Sign for school streets and a clean air zone.""")
W("template", O, "Nature-friendly farming", """Dear MP,

Farmers are essential to restoring nature. I ask you to press the Government to fully fund Environmental Land Management schemes so that farmers are paid properly for hedgerows, wildflower margins and restoring wetlands.

Yours sincerely""", "farming subsidy without EU/Brexit ask: other")
W("template", O, "Hospice funding crisis", """Dear MP,

Hospices across the country are cutting beds because their costs have risen faster than NHS grants. I ask you to support a sustainable funding settlement for hospice care.

Yours sincerely""")
W("angry", O, "Water bill", """40% water bill rise while they pump sewage into the sea. Scandalous.""")
W("angry", O, "A&E", """14 hours in A&E with my 90 year old mother on a trolley. Sort the NHS.""")
W("angry", O, "Bins", """Four weeks, no bin collection. What do we pay council tax for?""")
W("sloppy", O, "scooters", """e scooters flying down pavement nearly hit my nan, police do nothing, ban them""")
W("sloppy", O, "universal credit", """uc took my whole payment for an overpayment from 2 years ago i have nothing for food this month pls help""")
W("caps", O, "SAVE THE POST OFFICE", """OUR VILLAGE POST OFFICE IS CLOSING. PENSIONERS RELY ON IT. STOP THE CLOSURE.""")
W("caps", O, "CAR PARK CHARGES AT THE HOSPITAL", """£4.50 AN HOUR TO VISIT MY WIFE WHO HAS CANCER. SCRAP HOSPITAL PARKING CHARGES.""")
W("org", O, "Food bank: rising demand", """Dear MP,

The trustees of the town food bank write to report a 40% rise in demand this year, including from working families and veterans. Energy and food prices since the war in Ukraine have hit hardest those on the lowest incomes. We ask you to support an Essentials Guarantee in Universal Credit.

Yours faithfully,
Chair of Trustees""", "Ukraine war and veterans in passing; the ask is Universal Credit: other")
W("org", O, "Citizens Advice: energy debt", """Dear MP,

Our local Citizens Advice is seeing record numbers of people with energy debt. We ask you to support a debt relief scheme for households who fell behind during the energy crisis, and a social tariff.

Yours sincerely,
Chief Officer""")
W("org", O, "Chamber of commerce: transport", """Dear MP,

Our members' top concern this year is transport. The cancellation of the northern leg of HS2 and unreliable local rail services are holding back investment. We ask you to press for the trans-Pennine upgrade to be delivered in full.

Yours faithfully,
Chief Executive""")
W("personal", O, "My husband's dementia and the carer's allowance", """Dear MP,

I am 67 and care full time for my husband who has Alzheimer's. I gave up my job as a teaching assistant to do it. I cannot get Carer's Allowance because I get my state pension, and the council's respite service has a waiting list of eight months.

I am exhausted. I'm writing partly to ask for help getting respite care, and partly because I think the rules on Carer's Allowance for pensioners are cruel and should change.

Yours,
Pauline Shaw""")
W("email", O, "Motability", """Please oppose any changes that would stop people on the standard rate of PIP getting a Motability car. My son needs his car to get to work.""")
W("email", O, "Local elections postponed", """Why have our local elections been postponed because of council reorganisation? This is undemocratic. Please raise it with the minister.""")
W("email", O, "Gender recognition", """Please support updating the Equality Act guidance after the Supreme Court ruling so that single-sex spaces are protected.""")
W("email", O, "Trans rights", """I am trans and frightened by the direction of government policy. Please stand up for trans people's rights to healthcare and to use facilities safely.""")
W("email", O, "Cost of school uniforms", """The uniform for my two children cost £340 this year. Please support enforcing the limit on branded items.""")
W("email", O, "Parking at the station", """The new station car park charges £12 a day. Commuters now park in residential streets. Please ask the council for a residents' parking scheme.""")
W("email", O, "Premier League regulator", """Please support the independent football regulator. My club nearly went bust because of reckless owners.""")
W("email", O, "Allotments", """The allotment waiting list in town is seven years. Please encourage the council to open more plots.""")
W("email", O, "Warm homes", """Please support the Warm Homes Plan and more grants for insulating older homes. My house is freezing and I can't afford the bills.""")

# ---------------------------------------------------------------- output and self-check



def main():
    items = letter_batch.rows(LETTERS, "w")
    letter_batch.check(items, "realworld", STYLES)
    letter_batch.write(items, OUT)
    letter_batch.report(items, "realworld", STYLES)


if __name__ == "__main__":
    main()
