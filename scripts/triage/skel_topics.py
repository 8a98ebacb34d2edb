"""Hand-written letter skeletons for the four policy topics and for multi-label letters.

Format: see make_corpus.py. Each letter here states a view on, or asks the MP to act on, the topic's policy.
"""

UKRAINE = r"""
=== 4 camp | Stand with Ukraine || Keep supporting Ukraine || Please don't let Ukraine down
I am writing as your constituent to ask you to make sure the UK {keeps|continues} its support for Ukraine. Every week Russia launches hundreds of drones and missiles at Ukrainian cities, targeting power stations, hospitals and homes.

Ukraine has not asked anyone else to fight for it. It has asked for the means to defend itself. I urge you to press the government to:
- maintain military aid at least at current levels for as long as it takes;
- send more air defence systems to protect civilians;
- use the frozen Russian assets held in the UK to pay for Ukraine's reconstruction.

Please let me know what you will do.
=== 3 camp | Seize Russia's frozen assets || Frozen Russian assets - make Putin pay || Make Russia pay
Around £25 billion of Russian central bank assets are frozen in the UK. Meanwhile Ukrainian families are living without heating and British taxpayers are being asked to fund reconstruction.

I believe Russia must pay for the destruction it has caused. Will you call on the Chancellor to transfer the frozen assets to Ukraine, not just the interest on them, and work with our G7 partners to do the same?

{|This is a matter of basic justice.|Putin should not get his money back.}
=== 2 short | Storm Shadow || Long range missiles || Let Ukraine hit back
Why is Ukraine still not allowed to use Storm Shadow missiles against military targets inside Russia? Russia fires from its own territory and we make Ukraine fight with one hand tied behind its back. Please raise this with the Defence Secretary.
=== 2 short | Ukraine || Kyiv || Support for Ukraine
{Please|Please, please} keep backing Ukraine. {If Putin wins there he won't stop.|We can't let Putin win.|Slava Ukraini.}
=== 2 | Peace talks || The war needs to end || Negotiations now
I have followed the news from Ukraine for {years} months now with growing despair. Hundreds of thousands of young men on both sides have been killed or maimed and the front line has barely moved.

I am not a supporter of Mr Putin, but I do not believe pouring more weapons into this war will bring it to an end. I would like you to urge the government to support a negotiated settlement and a ceasefire, rather than promising to fund the war "for as long as it takes".

Please tell me whether you agree that diplomacy should now be the priority.
=== 2 | Sanctions loopholes || Russian oil still flowing || Shadow fleet
I read this week that Russian oil is still reaching British forecourts after being refined in third countries, and that the so-called shadow fleet of old tankers passes through the Channel every day.

What is the point of sanctions that can be avoided this easily? I would like you to ask ministers to close the refining loophole, sanction more shadow fleet vessels and enforce the rules against British companies that are helping Russia evade them.
=== 2 | Ukrainian refugees - extend the visa schemes || Homes for Ukraine extension || Permission to stay for Ukrainians
I am a host under the Homes for Ukraine scheme. The family who lived with us have now found their own flat, work locally and their children are doing well at {school}.

Like thousands of others they face huge uncertainty because their permission to stay runs out and the extension only gives them eighteen more months. They cannot plan their lives, sign tenancies or get mortgages.

I am asking you to press the Home Office to give Ukrainians who have made their lives here a clear route to settlement. It is the right thing to do and it is in our interest.
=== 2 | Grain exports || Black Sea grain || Food security and the war
Russia's attacks on Odesa's ports and the collapse of the grain deal have hit some of the poorest countries in the world. I would like to know what the UK is doing to protect Ukraine's grain exports and whether you will support more help for Ukraine's air defences around the Black Sea ports.
=== 2 short | STOP FUNDING THE WAR || Not our war || Ukraine money
Why are we sending billions to Ukraine when people here can't {heat their homes|get a GP appointment|afford food}? It's not our war. Zelensky should negotiate and you should stop writing blank cheques. {Disgusted.|Sick of it.|}
=== 1 | Zelensky's visit || The President of Ukraine || Ukraine and the US
Following the recent scenes in Washington, I am very worried that the United States will walk away from Ukraine. If that happens, Europe and the UK will have to fill the gap.

I want to know that you will support the Prime Minister in standing firmly behind President Zelensky, and that you will push for the UK to lead a coalition to guarantee any ceasefire. Please do not let Ukraine be forced into a bad deal.
=== 2 camp | Ukraine Solidarity Campaign: support Ukrainian workers || Solidarity with Ukrainian trade unions || Ukraine - solidarity not charity
As a trade unionist and a member of the {Ukraine Solidarity Campaign|Ukraine Workers' Solidarity Network}, I am writing to ask you to support the people of Ukraine in their fight against Russian imperialism.

Ukrainian miners, nurses and rail workers are keeping their country running under bombardment, while their own government pushes through labour law changes that weaken their rights. Our solidarity should be with them.

I ask you to support continued military and humanitarian aid to Ukraine, the cancellation of Ukraine's foreign debt, and workers' rights in Ukraine's reconstruction.
=== 1 | Abducted Ukrainian children || Children taken to Russia || Bring the children home
Thousands of Ukrainian children have been deported to Russia and placed with Russian families or in camps. The International Criminal Court has issued an arrest warrant for Vladimir Putin over this crime.

Please ask the Foreign Secretary what the UK is doing to help identify and return these children, and whether more sanctions will be imposed on the officials responsible.
=== 1 | Russia's war crimes || Bucha || Accountability for Russian war crimes
I have just watched a documentary about Bucha and Izium and I cannot stop thinking about it. The people who tortured and murdered civilians there must face justice.

I would like you to support a special tribunal for the crime of aggression against Ukraine and press for more funding for the investigators gathering evidence. Please tell me your position.
=== 2 | Air defence for Ukraine || Patriots || Protect Ukrainian cities
Last night {Kharkiv|Kyiv|Dnipro|Odesa|Zaporizhzhia|Lviv} was hit again, and again children were among the dead. Ukraine keeps asking for air defence and we keep sending too little, too late.

Could you please ask the Defence Secretary how many air defence systems the UK has supplied this year and whether more can be sent before winter, when Russia will again target the power grid?
=== 1 | Sanctions are hurting us not Putin || Lift the sanctions || Energy sanctions
I want to put on record that I think the sanctions on Russia have failed. Putin's economy is still going and it is ordinary people in Britain who have paid through energy bills. The government should review the sanctions and look for a way to end this conflict by agreement.
=== 2 short | Russia || Putin || The invasion
Putin must be stopped. Please vote for every bit of help for Ukraine that comes before Parliament. {Thank you.|Thanks.|}
=== 1 | Ukraine aid budget || Humanitarian aid for Ukraine || Winter aid
Winter is coming again in Ukraine and Russia has destroyed much of the country's power generation. Families in frontline towns will face temperatures of minus twenty without heating.

I would like the UK to increase its humanitarian support this winter - generators, heating equipment, repairs to substations - and I would like to know what you are doing to make that happen.
=== 1 | Ukrainian prisoners of war || POWs || Prisoner exchange
My {friend|colleague|neighbour} is Ukrainian and her brother has been a prisoner of war in Russia for two years. Reports from those who have been exchanged describe torture and starvation.

I am writing not about her individual case but to ask the government to press much harder, through the Red Cross and the UN, for access to Ukrainian prisoners of war and civilian detainees and for more exchanges. Please raise this in Parliament.
=== 2 | Ukraine's reconstruction || Rebuilding Ukraine || Ukraine Recovery Conference
I work in civil engineering and I have been following the plans for Ukraine's recovery. British firms have a lot to offer, but the government's support for reconstruction has so far been small.

Would you press ministers to set out a proper plan for UK involvement in rebuilding Ukraine, funded in part from Russian assets, and to make sure it includes decent labour standards?
=== 1 short | ukraine pls help || help ukraine || !!!
my family is from ukraine and every night we are scared reading news. please tell government do not stop the help, give more weapons so russia cannot win. thank you for your support of ukrainian people
=== 2 | Crimea || Territory and a peace deal || Don't reward aggression
There is talk of a peace deal that would leave Russia in control of Crimea and much of the Donbas. I believe rewarding aggression would be a disaster: every dictator in the world would learn that invading a neighbour works.

I would like to know whether you will oppose any settlement imposed on Ukraine without the consent of the Ukrainian people.
=== 1 | Russian disinformation || Russia's interference || Kremlin propaganda
Please could you raise the question of Russian money and influence in British politics. After everything we have seen since the full-scale invasion, it is unacceptable that people close to the Kremlin still have properties in London. The government must go further on sanctions against Putin's cronies and their enablers.
=== 2 camp | Humanitarian corridor || Protect civilians in Ukraine || Ukraine emergency appeal
On behalf of the {Ukrainian Relief Network|Friends of Ukraine {town}|Ukraine Aid Coalition}, I am writing to urge you to do everything in your power to ensure that humanitarian aid continues to reach civilians in Ukraine, especially in frontline regions such as Kharkiv, Sumy and Kherson.

The UK has been a leader in supporting Ukraine. We call on you to ensure that this leadership continues, including funding for mine clearance, medical care and psychological support for traumatised children.
=== 1 | Conscription of Ukrainian men in the UK || Ukrainian men of military age || Don't send them back
I understand there is discussion in Ukraine about recalling men of fighting age who are abroad. Several Ukrainian men I know here are afraid they will be forced to return. I think the UK should make clear that it will not remove Ukrainians who have sought safety here and should extend protection to them. Please tell me the government's position.
=== 2 | Ceasefire in Ukraine || US peace plan || Ukraine peace plan
I have read about the new peace proposals and I am concerned that Ukraine is being pressured to give up land and accept limits on its army. Ukraine must have real security guarantees, not promises Russia will break as it broke the Budapest Memorandum.

Will you support British troops being part of a reassurance force if a ceasefire is agreed?
=== 1 | Ukraine || The war || Cost of supporting Ukraine
I have never written to an MP before. I am seventy-four and I remember the Cold War. I am writing because I am worried that people are losing interest in Ukraine now that it is not on the news every night.

My view is simple. If we let Russia swallow Ukraine, we will be paying a far higher price later on. I want my MP to say so, loudly, and to keep saying it. {|I would be grateful for a reply.}
=== 1 | Drone attacks || Ukrainian drones || UK drone production for Ukraine
I read that the UK is helping Ukraine build drones and that British factories are supplying parts. I think this is exactly the right approach and would like the government to expand the drone coalition. Please tell me whether you support this and what more can be done.
=== 1 short | Russia sanctions || Sanctions || More sanctions please
Please support tougher sanctions on Russia, including on its LNG and on the banks that still process payments. {Thank you|Thanks}.
=== 2 | Putin's war || Russia's invasion || Nuclear threats
I am frightened by Putin's threats to use nuclear weapons and by talk of escalation. I know many people want Ukraine to win, but I want to know what the government is doing to prevent this war spreading. Could you please set out your view on the risks, and whether you support the UK sending longer-range weapons?
=== 1 | Ukraine's EU/NATO path || Ukraine's future || Membership for Ukraine
Ukraine has paid in blood for its right to choose its own future. I would like you to support a clear path for Ukraine into NATO, or failing that, binding security guarantees from the UK and its allies. Half measures got us to 2022.
=== 2 | Ukraine aid vote || Your vote on Ukraine || Ukraine funding
I noticed that the government's {latest|new} package of military aid to Ukraine was announced this week. I am writing to thank you for your support for Ukraine so far and to ask you to keep up the pressure. There must be no slackening now, when Russia is advancing in the east.
=== 1 | Ukrainians in {town} || Ukrainian community || Settlement for Ukrainians
Our church has supported more than forty Ukrainians in {town} since 2022. They work in our care homes, in our schools, in our factories. Many now want to stay.

I would ask you to press the Home Secretary to offer indefinite leave to remain to Ukrainians who arrived under the Ukraine schemes, rather than more short extensions. The uncertainty is cruel and it makes no economic sense.
=== 2 short | Kyiv bombing || Last night || Children's hospital
After the bombing of the children's hospital in Kyiv, I want to know what the UK is going to do. Words are not enough. Send more air defence and tighten the sanctions.
=== 1 | Russian athletes || Russia in sport || Olympics
I was appalled to see Russian athletes competing under a neutral flag while Russia is bombing Ukrainian cities. I would like you to press the government and British sporting bodies to keep Russia out of international sport until the war ends and Russia withdraws.
=== 1 | Ukraine || War in Europe || We need peace
I want to make my view known about Ukraine. I believe the West provoked this war with NATO expansion and that Britain in particular blocked peace talks in 2022. We should stop sending weapons and push for talks immediately. Young Ukrainians are dying for geopolitics.
=== 1 | Energy infrastructure in Ukraine || Ukraine's power grid || Keep the lights on in Ukraine
Ukraine's energy company says Russia has destroyed more than half of its generating capacity. I am writing to urge the government to fund emergency energy equipment, transformers and solar panels for Ukrainian hospitals and schools, and to press other countries to do the same.
=== 1 | Deported Ukrainian children - follow up || Ukraine follow-up || Your reply about Ukraine
Thank you for your previous reply about Ukraine, which I read carefully. It did not answer my specific question: will the UK increase military support if the US cuts its aid? I would be grateful for a clear answer.
=== 2 camp | Petition: Give Ukraine what it needs to win || Sign-on letter - Ukraine || Ukraine cannot wait
We, the undersigned residents of {town}, call on our Member of Parliament to:

1. Support the supply of long-range weapons and air defence to Ukraine without delay;
2. Back the full confiscation of frozen Russian state assets for Ukraine;
3. Oppose any peace deal that rewards Russian aggression.

Ukraine's fight is our fight.
=== 1 | Mobilisation and the war || Russian mobilisation || The situation at the front
I am worried by reports that Ukraine is running short of soldiers while Russia throws men at the front line. I believe the West has been too slow and too cautious. I would like the UK to provide training for far more Ukrainian recruits here in Britain, as we did under Operation Interflex, and to fund it properly.
=== 1 | Ukraine and Russia || War || Question about Russia
Dear MP, with respect, what is the government's actual strategy for the war in Ukraine? Is it to help Ukraine win, or to help it not lose? I would like an honest answer from you rather than a form letter.
=== 1 | Sanctions on Russia - banks || Russian banks || Russian money laundering
London is still the laundromat for Russian money. I want to see proper enforcement of sanctions, more resources for the Office of Financial Sanctions Implementation and prosecutions of firms that break the rules. Please raise this with the Treasury.
=== 2 short | ukraine || Putin || Ukraine war
Stop escalating with Russia. We are one mistake away from nuclear war and nobody voted for this. Get both sides talking.
=== 1 | Ukraine Family Scheme || Family scheme closure || Reopen the Ukraine Family Scheme
The government closed the Ukraine Family Scheme without warning. Ukrainians in Britain can no longer bring their parents or siblings to safety under it. I believe this decision was wrong and should be reversed, and I would like you to raise it with the Home Office. This is about the policy, not one case: it affects thousands of families.
=== 1 | Russia and Ukraine || My view on the war || War in Ukraine
I'm not normally political but I wanted to say I support what the government is doing for Ukraine and I hope it carries on. My late father served in the forces and he always said you have to stand up to bullies. That's what Putin is.
=== 1 raw | Petition: Keep Ukraine's lights on || Sign-on: Ukraine winter appeal
Dear {mp},

Petition from residents of {town}

We, the undersigned, ask our Member of Parliament to urge the government to fund emergency generators and power equipment for Ukraine this winter, and to keep military aid flowing until Russian troops leave Ukrainian soil.

Signed by {n2}{n2} residents. Lead petitioner: {name}, {postcode}
=== 1 | Your newsletter || Your comments on the war || Putin and appeasement
I read your newsletter with interest. You mention "peace" twice but never mention what happens to the people of occupied Kherson and Mariupol under Russian rule. Peace on Putin's terms is not peace. I hope you will make that clear in Parliament.
"""

GAZA = r"""
=== 4 camp | Ceasefire now || Gaza: ceasefire now || Call for a permanent ceasefire
I am writing to you as a constituent, horrified by the continuing loss of life in Gaza. Tens of thousands of Palestinians have been killed, most of them women and children, and the entire population has been displaced.

I urge you to call publicly for an immediate and permanent ceasefire, the release of all hostages and unrestricted humanitarian access to Gaza. The UK must use every diplomatic tool to end the killing.

Please let me know what action you will take.
=== 4 camp | Stop arming Israel || End arms sales to Israel || UK arms and Gaza
I am writing to ask you to call on the government to suspend all arms export licences to Israel, including components for F-35 fighter jets that reach Israel through the global spares pool.

The government's own assessment found a clear risk that UK arms might be used to commit or facilitate serious violations of international humanitarian law. The F-35 exemption makes a mockery of that decision.

{The Campaign Against Arms Trade|CAAT|Campaign Against the Arms Trade} and many legal experts have warned that the UK risks complicity in war crimes. Please act now.
=== 3 camp | Medical Aid for Palestinians - protect health workers || Gaza's hospitals || Health care in Gaza is collapsing
I am writing in support of {Medical Aid for Palestinians|MAP|Medical Aid for Palestinians (MAP)}'s call to protect health care in Gaza. Hospitals have been bombed, besieged and raided, and hundreds of health workers have been killed or detained.

I ask you to urge the Foreign Secretary to demand the protection of health workers and facilities, the release of detained medics, and the immediate entry of medical supplies and fuel into Gaza.
=== 2 | UNRWA funding || Restore UNRWA funding || UNRWA
The decision to {pause|cut} funding to UNRWA was collective punishment of millions of Palestinian refugees who depend on it for food, schools and clinics. No other agency can replace it in Gaza.

I would like you to press the government to {restore|maintain and increase} its funding and to oppose Israel's ban on UNRWA's operations.
=== 2 | Rafah || The offensive on Rafah || Rafah crossing
More than a million people fled to Rafah because they were told it was safe. Now it is being bombed. There is nowhere left for them to go.

What is the government doing to stop this? I want you to raise it in Parliament and demand that the Rafah crossing is opened for aid.
=== 2 | Recognise Palestine || Recognition of the State of Palestine || Palestinian statehood
I am writing to ask you to support the immediate recognition of the State of Palestine by the United Kingdom. More than 140 countries already recognise Palestine. Recognition is not a reward for Hamas; it is a recognition of the Palestinian people's right to self-determination and a step towards a two-state solution.
=== 2 | The West Bank || Settler violence || Illegal settlements
While the world watches Gaza, settlers in the occupied West Bank are burning homes and olive groves and driving Palestinian families off their land, often with the army standing by.

The UK says settlements are illegal. I would like the government to ban trade with settlements, sanction violent settlers and the ministers who encourage them, and say so clearly. Will you support this?
=== 2 short | Gaza || GAZA || Palestine
How many more children have to die before you speak up? {Ceasefire now.|Stop the genocide.|Free Palestine.}
=== 2 | Hostages || Bring them home || The hostages held in Gaza
I am writing as a British Jew. Israeli hostages, including people with British family, were held in Gaza for many months. Some were murdered in captivity. I feel that their plight was forgotten by many in this country.

I ask you to keep the return of every hostage, living or dead, at the centre of the government's approach and to reject any moral equivalence between Hamas and the state of Israel.
=== 2 | Israel's right to defend itself || Support Israel || Standing with Israel
I am disappointed by the government's recent statements on Israel. Israel was attacked on 7 October by a terrorist organisation that murdered 1,200 people and took 250 hostages. No other country would be expected to accept that.

The suspension of arms licences sent the wrong message to our ally and to Hamas. I would like you to support Israel's right to defend itself and to oppose measures that reward terrorism.
=== 2 | The ICJ ruling || International Court of Justice || Genocide case
The International Court of Justice has found that it is plausible that Palestinians' rights under the Genocide Convention are at risk. The UK has a legal duty to prevent genocide, not only to avoid committing it.

What steps is the government taking to comply with the Court's orders? I would like you to ask this question in Parliament and to tell me your own view.
=== 2 | Famine in Gaza || Starvation || Aid into Gaza
The UN says famine is now confirmed in parts of Gaza. Children are dying of malnutrition while trucks of food wait at the border. Starvation is being used as a weapon of war.

I urge you to demand that the government presses Israel to open all crossings, and to support airdrops and a maritime corridor only as additions to, not replacements for, land access.
=== 2 camp | Stop the War: no UK complicity || Stop the War || No to war in the Middle East
As a supporter of {the Stop the War Coalition|Stop the War|our local Stop the War group}, I urge you to oppose Britain's complicity in Israel's war on Gaza.

That means ending arms sales, stopping the RAF surveillance flights over Gaza from RAF Akrotiri, and refusing to join any attack on Iran or Yemen. We marched in our hundreds of thousands. Please listen.
=== 1 | Lebanon || Israel's strikes on Lebanon || Hezbollah and Lebanon
I have family in southern Lebanon. Whole villages have been flattened and more than a million people displaced. I am afraid this will become a full regional war. I would like you to press the government to work for a ceasefire in Lebanon and to say clearly that the bombing of civilians is unacceptable whoever does it.
=== 2 | Iran || Israel and Iran || Strikes on Iran
I am very worried about the exchanges of missile strikes between Israel and Iran. The UK must not be dragged into another Middle East war. What is the government's position, and will you oppose any British involvement in offensive action against Iran?
=== 1 short | Israel || Hamas || 7 October
Hamas started this. Bring the hostages home and then we can talk about ceasefires. I'm fed up with the one-sided coverage.
=== 2 | Palestine Solidarity || Justice for Palestine || Sanctions on Israel
I am a member of the {Palestine Solidarity Campaign|PSC|local Palestine solidarity group}. I am writing to call on you to support sanctions against Israel until it complies with international law, including the suspension of the UK-Israel trade deal talks and a ban on settlement goods.
=== 1 | Journalists in Gaza || Press freedom Gaza || Killing of journalists
More journalists have been killed in Gaza than in any conflict in modern history. Foreign media are still not allowed in. I would like you to call for independent access for international journalists and an investigation into the killing of Palestinian reporters.
=== 1 | Antisemitism and Israel || Two-state solution || A just peace
I am writing as someone who cares deeply about both Israelis and Palestinians. Both peoples deserve security and dignity. I urge you to support an immediate ceasefire, the return of the hostages and a serious diplomatic push for a two-state solution, with the Palestinian Authority reformed and Hamas removed from power.
=== 2 | Gaza children || Medical evacuation || Injured children from Gaza
Other countries have taken injured and sick children from Gaza for treatment. The UK has taken almost none. The NHS has offered help and doctors are willing.

Please press the Home Office and Foreign Office to set up a medical evacuation scheme for children from Gaza, as has been done for Ukraine.
=== 1 | Gaza Humanitarian Foundation || Aid distribution sites || Killings at aid sites
Hundreds of people have been shot dead while trying to collect food at the new aid distribution sites in Gaza. This privatised system is a death trap. I want the government to condemn it and support the UN's aid system instead.
=== 1 | British doctors in Gaza || Surgeons in Gaza || What I saw in Gaza
I am an NHS {surgeon|nurse|anaesthetist|paediatrician} and I volunteered in a hospital in Gaza earlier this year. I saw children with injuries I will not describe here. I am writing to ask you, please, to do everything possible to push for a ceasefire and to protect what is left of Gaza's hospitals.
=== 2 camp | Amnesty: prevent genocide || End the occupation || Time to act on Gaza
I am writing as a supporter of {Amnesty International|Oxfam|Christian Aid|War on Want|Save the Children}. Our organisation has documented grave violations of international law in Gaza and the occupied Palestinian territory.

I urge you to call for: a permanent ceasefire; an end to arms transfers to Israel; full humanitarian access; and accountability for all violations, by all parties, including through the International Criminal Court.
=== 1 short | Arms to Israel || F35 || F-35 parts
The F-35 carve-out is indefensible. British parts in jets bombing Gaza. End it.
=== 1 | Christians in Gaza || Church in Gaza || Holy Family church
As a Christian I was horrified by the attack on the Holy Family Church in Gaza City, where families had taken refuge. The Christian community of Gaza is one of the oldest in the world and it may not survive. Please ask the government to press Israel for protection of all civilians and places of worship and for a ceasefire.
=== 1 | Israel's occupation || Advisory opinion || Occupation is illegal
The ICJ's advisory opinion found that Israel's occupation of Palestinian territory is unlawful. The UK should now review all its relationships with Israel in the light of this, including trade with settlements. Please tell me what you will do.
=== 1 | Houthis and the Red Sea || Yemen strikes || Red Sea
I oppose the British air strikes in Yemen. They will not stop the Houthis and they risk widening the war in the Middle East. The way to stop attacks on shipping is a ceasefire in Gaza.
=== 2 | Israel || Gaza || Middle East
I would like to ask what your position is on the war in Gaza. I have read your website but it seems out of date. Do you support a ceasefire, and do you support ending arms sales to Israel? A straight answer would be appreciated.
=== 1 | Netanyahu arrest warrant || ICC warrants || International Criminal Court
The International Criminal Court has issued arrest warrants for Benjamin Netanyahu and Yoav Gallant. I want the UK to state clearly that it will comply with its obligations and arrest them if they come to Britain, and to defend the Court against sanctions.
=== 1 | Palestinian detainees || Administrative detention || Prisoners
Thousands of Palestinians, including children, are held by Israel without charge under administrative detention, and there are reports of torture. I would like the government to raise this directly with Israel and to call for their release or a fair trial.
=== 2 | Genocide in Gaza || Stop the genocide || Genocide
I cannot understand how our government can still call Israel an ally while it carries out what UN experts and Amnesty call a genocide. History will judge those who stayed silent. I urge you to speak out, to vote for an arms embargo and to back sanctions.
=== 1 | Bring home the hostages || Hostage families || Hostages in Gaza
I attended a vigil for the hostages in {town} last {weekday}. I am asking you to keep pressure on Hamas and its backers in Qatar and Iran to release every hostage, and to make sure the government never forgets the British families affected.
=== 1 | Gaza reconstruction || The day after || Peace plan for Gaza
Now that there is a fragile ceasefire, the question is what comes next. I would like the UK to commit serious money to reconstruction in Gaza, to back a Palestinian-led government, and to insist that Israel allows in building materials. Please tell me your view.
=== 1 | Pro-Israel bias || BBC and Israel || Anti-Israel marches
Every weekend our cities are taken over by marches chanting for intifada, and the government responds by turning on Israel. I want you to stand with our ally Israel and against Hamas and its supporters.
=== 2 short | Gaza ceasefire || ceasefire || Gaza
Please vote for a ceasefire. {Thank you|Thanks|Regards}.
=== 1 | Water in Gaza || Collective punishment || Siege
Cutting off water, food and fuel to 2.2 million people is collective punishment and a war crime under international law. I expect my MP to say this plainly and to demand that the siege of Gaza ends.
=== 1 | Trade with Israel || UK-Israel trade deal || Economic sanctions
The UK paused talks on a new trade agreement with Israel. That is welcome, but it is not enough. I ask you to press for the suspension of preferential trade with Israel until it complies with international law, and a full ban on goods from the settlements.
=== 1 | Gaza - a personal plea || My family in Gaza || Palestine
I am British Palestinian. Forty members of my extended family have been killed since October. I am not writing about a visa; I am writing because I want you, my MP, to use your voice. Call for a ceasefire. Stop sending weapons. Recognise Palestine. That is all I ask.
=== 1 | Syria || Israel strikes on Syria || The Golan
I am concerned about Israeli air strikes in Syria and the occupation of more territory in the south of the country. The wider Middle East cannot take another war. I would like the UK to call for restraint from Israel and all sides.
=== 1 | Hamas must go || Disarm Hamas || No ceasefire with terrorists
A ceasefire that leaves Hamas in power is not peace. It just sets up the next massacre. I urge you not to support any plan that lets Hamas rearm, and to back the return of all hostages first.
=== 1 | Gaza vote || Ceasefire motion || How did you vote
How did you vote on the ceasefire motion? I would like to know, and I would like to know why.
=== 1 raw | Petition: Recognise Palestine now || Open letter from {town} residents
Dear {mp},

We, the undersigned members of {town} for Palestine, call on you as our MP to:
1. Demand a permanent ceasefire in Gaza;
2. Support a complete two-way arms embargo on Israel;
3. Press for the immediate recognition of the State of Palestine.

{n2}{n2}{n2} people signed this petition at our stall on {street}. Lead signatory: {name}, {postcode}.
=== 1 | Your reply on Gaza || Not good enough || Your last email about Israel
Thank you for your reply about Gaza, but I am afraid it was a form letter that did not address anything I raised. I asked you a direct question: do you support suspending all arms exports to Israel, including F-35 components? Yes or no?
=== 1 short | Genocide || West Bank annexation || Annexation
Israel is annexing the West Bank in front of our eyes. What is the UK going to DO about it? Sanctions now.
=== 1 | Airdrops || Aid to Gaza || Aid trucks
The latest figures show only a fraction of the aid trucks Gaza needs are getting in. I want the government to make aid access a condition of every part of its relationship with Israel. I would be grateful for your view.
"""

DEFENCE = r"""
=== 3 camp | Defence spending || Spend 3% on defence || Defence budget
I am writing to urge you to support an increase in defence spending to at least 3% of GDP {within this Parliament|as soon as possible|by the end of the decade}. The world has become far more dangerous and our armed forces have been hollowed out by decades of cuts.

The army is now the smallest it has been since the Napoleonic wars. The Royal Navy cannot crew all its ships. The RAF has too few aircraft. Deterrence only works if it is credible.

Please tell me whether you will press the Treasury to set a firm timetable.
=== 3 camp | Scrap Trident || Nuclear weapons || CND: No to Trident renewal
I am writing as a supporter of {CND|the Campaign for Nuclear Disarmament|{town} CND}. Britain plans to spend over £200 billion on replacing Trident while our public services crumble.

Nuclear weapons cannot deter the threats we actually face, and their use would be a humanitarian catastrophe. I urge you to oppose Trident renewal and call on the government to sign the UN Treaty on the Prohibition of Nuclear Weapons.
=== 2 | Armed Forces Covenant || Veterans' rights in law || Put the covenant into law
I served for {years} years in the {Royal Artillery|Royal Navy|RAF|Royal Marines|Parachute Regiment|REME|Royal Logistic Corps}. The Armed Forces Covenant is a fine document, but it is only a due regard duty and most councils and health bodies barely know it exists.

I would like you to support putting the rights of veterans and service families to public services on a proper legal footing, with someone to enforce them. Will you back a Veterans' Bill that does this?
=== 2 | Help for Heroes campaign - veterans' mental health || Veterans mental health || Op Courage
I am writing as a supporter of {Help for Heroes|a veterans' charity|the Royal British Legion|SSAFA|Combat Stress}. Too many veterans are waiting months for mental health treatment after leaving the forces.

I urge you to press for proper, ring-fenced funding for veterans' mental health services and for the Armed Forces Covenant to be extended to all central government departments.
=== 2 | Recruitment crisis || Army recruitment || Capita recruitment contract
The army has missed its recruitment targets every year for over a decade. Young people wait months for a decision while the outsourced recruitment contract fails them.

I would like you to raise this with the Ministry of Defence. The contract should be brought back in-house, medical rules reviewed, and pay and housing improved so that people want to stay.
=== 2 | NATO || Our commitment to NATO || Article 5
With the US wavering on its commitment to NATO, I believe the UK must lead in Europe. Article 5 is only as strong as the countries standing behind it. I would like you to support increasing our contribution to NATO's eastern flank and to say clearly that the UK's commitment to NATO is unconditional.
=== 2 short | Defence || Army cuts || Stop cutting the army
Stop cutting the army. {It's a national disgrace.|We can barely field a division.|Embarrassing.}
=== 2 | Conscription || National service || Should we bring back conscription?
I have heard talk about bringing back national service or conscription. I have two sons aged 17 and 19. I would like to know your position. I do not believe conscription is the answer to the army's problems and I would oppose it.
=== 2 | Shipbuilding || Navy shipbuilding jobs || Shipyards
The Royal Navy's frigate programmes should be built in British yards, with British steel. Shipbuilding supports thousands of skilled jobs in places like Govan, Rosyth, Barrow and Belfast. I would like you to support a long-term national shipbuilding strategy and to oppose buying warships from abroad.
=== 2 | Ajax || Ajax armoured vehicle || Defence procurement waste
The Ajax programme has cost billions, is years late, and has injured the soldiers who tested it. Why does the MoD keep wasting money like this? Before we talk about spending more on defence, I want to know that the money will not be thrown away on failed procurement. Please ask the Defence Secretary what has been learned.
=== 2 | AUKUS || Submarines || AUKUS submarine programme
I would like your view on AUKUS. I support the partnership with Australia and the US, and the jobs it brings to Barrow and Derby, but I am concerned about the costs and delays. Please press the government to protect the programme from further cuts.
=== 1 | Forces housing || Military housing || Service family accommodation
Service families are living in homes with damp, mould and broken boilers. The MoD's housing contractors have failed again and again. I am writing to ask you to press the government to make good on its plan to fix military housing and to hold contractors to account. Those who serve deserve better.
=== 2 | Armed forces pay || Forces pay rise || Pay for soldiers
Some soldiers are paid less than the minimum wage when you account for the hours they work. No wonder people are leaving. I would like the government to accept the pay review body's recommendations in full and commit to a real-terms pay rise for the armed forces.
=== 1 | Nuclear deterrent || Keep Trident || Deterrence
I know you get a lot of letters against nuclear weapons. I want to write in support of keeping our independent nuclear deterrent. In a world with Putin in it, giving up our deterrent would be reckless. Please keep supporting it.
=== 2 camp | Veterans' Bill || A Veterans' Charter || Fair deal for veterans
As a veteran and a member of {the Royal British Legion|the Veterans' Alliance|Veterans United}, I am writing to ask you to support a Veterans' Bill to guarantee veterans and service families fair access to housing, health care and employment support.

Too often veterans fall between the cracks of different services. A legal duty would make sure no veteran is left behind. Please tell me you will back it.
=== 1 short | Defence spending || Too much on defence || Guns not butter
We don't need more money on weapons, we need it for the NHS. Cutting aid to pay for defence is shameful. Please oppose it.
=== 1 | Northern Ireland veterans || Legacy Act || Soldier F
I am very concerned about the repeal of the Legacy Act and the prospect of elderly Northern Ireland veterans being prosecuted fifty years on. I would like you to support protections for veterans who served in Operation Banner.
=== 1 | War pensions || Armed Forces Pension || Service pension changes
I would like to raise the issue of pensions for service leavers. The armed forces pension scheme changes disadvantage those who leave early, and widows of servicemen still lose their pensions if they remarry or cohabit under the old schemes. I would ask you to press for these rules to be reformed.
=== 2 | Defence industry || Jobs in the defence industry || Arms manufacturing in {town}
I work in the defence industry, making components for {the Typhoon|armoured vehicles|munitions|submarines}. We have the skills and capacity to expand, but we need long-term orders from the MoD so companies can invest. I would like the government to set out a proper defence industrial strategy. Please support it.
=== 1 | RAF || Typhoon and F-35 numbers || Fighter jets
The RAF now has fewer combat aircraft than at any time in its history. I am writing to ask you to support buying more aircraft, not fewer, and to back the Global Combat Air Programme, which is vital for British aerospace.
=== 1 | Army size || 70,000 soldiers || Size of the army
Our regular army is around 70,000 soldiers. That is not enough to sustain a brigade in Estonia and meet our other commitments. The next Defence Review must reverse the cut and restore the army to at least 82,000.
=== 1 | The Strategic Defence Review || SDR || Defence Review
I have read the Strategic Defence Review. It is full of fine words but I cannot see where the money is coming from. Please can you tell me how the government will fund it, and whether you support reaching 3% of GDP?
=== 1 | Armed forces diversity || Modern armed forces || Women in the army
I would like to ask you to support reforms to make our armed forces more representative of modern Britain, including action on the sexual harassment of women in the forces, as highlighted by the Atherton report and the death of Gunner Jaysley Beck.
=== 2 | Rearmament || Defence spending - oppose || No to militarisation
I oppose the government's plans to increase spending on the military to record levels. This arms race will not make us safer. The money should go on schools, hospitals and climate action. Please vote against these increases.
=== 1 | Reserves || Army reservists || Reserve forces
I have served in the Army Reserve for {years} years. Employers are increasingly unwilling to release reservists for training. I would like the government to give employers incentives and reservists stronger legal protection.
=== 1 | Drones and defence || Modern warfare || Defence technology
Ukraine has shown that modern warfare is about drones, electronic warfare and cheap missiles. I would like the MoD to stop buying gold-plated kit and invest in British drone manufacturing at scale. Please raise this with ministers.
=== 1 short | NATO || Nato || Article 5
Please make sure the UK stays fully committed to NATO. It kept us safe for 75 years.
=== 1 | Nuclear weapons at Lakenheath || US nuclear weapons in the UK || Lakenheath
I understand that US nuclear weapons may be stationed at RAF Lakenheath again. I oppose this and I would like you to ask the government to confirm whether it is happening and to have a debate in Parliament.
=== 1 | Falklands || Gibraltar || Overseas territories defence
I am writing about the defence of the Falkland Islands. I would like to be assured that the government will never negotiate on sovereignty and that our garrison there will be properly maintained.
=== 1 | Chagos || Diego Garcia || Chagos deal
I am writing about the Chagos Islands deal. Paying billions to lease back our own military base at Diego Garcia is madness and damages our security and that of our allies. I would like you to oppose it.
=== 2 | Ammunition stockpiles || Munitions || We have run out of shells
We gave much of our ammunition to Ukraine, rightly, but we have not replaced it. Reports say the army would run out of shells within days in a real war. I want the government to build new munitions factories and sign long-term contracts. Will you press for this?
=== 1 | Veterans' homelessness || Homeless veterans || No veteran on the streets
No veteran should be sleeping rough. I am writing to ask you to back a national guarantee that every veteran at risk of homelessness is offered housing, and to support proper funding for Op Fortitude. This should be a legal right, not charity.
=== 1 | Military hearing loss || Veterans' compensation || AFCS compensation
Thousands of veterans suffer hearing loss caused by their service, and many struggle to get compensation. I would like the government to review the Armed Forces Compensation Scheme and the War Pensions Scheme so that veterans are treated fairly. This is a policy issue affecting a great many people, and I would like you to raise it.
=== 1 | LGBT veterans || Gay ban || Restorative justice for LGBT veterans
LGBT veterans who were dismissed under the ban before 2000 deserve full redress. The Etherton review recommended it. I would like you to press the government to implement all its recommendations and to fund the compensation scheme properly.
=== 1 | Cadet forces || Military in schools || Army recruitment in schools
I am uncomfortable with the growth of military cadet units in state schools and with army recruitment targeting 16 year olds. The UK is the only country in Europe that recruits at 16. Please support raising the minimum age of recruitment to 18.
=== 1 | MoD procurement || Defence spending waste || Defence budget black hole
Before we hand the MoD billions more, someone needs to sort out procurement. I want to see defence money spent on things that work and delivered on time. Please raise this with the Defence Committee.
=== 1 short | Armed forces || Our troops || Forces
Our troops deserve better pay, better kit and better homes. Please stand up for them in Parliament.
=== 1 | The nuclear deterrent || Trident renewal costs || Dreadnought programme
I would like to know your view on the Dreadnought submarine programme. I support a deterrent but the costs have risen enormously. Are you confident the MoD can deliver it without cutting conventional forces?
=== 1 | Defence - Europe must step up || European defence || Defence in Europe
With America unreliable, Europe needs to defend itself. The UK has the strongest military in Europe alongside France and should lead. I want the government to increase defence spending now and build up our forces in Europe.
=== 1 | Military housing in {town} || MoD estate || Barracks closures
I am concerned about the planned closure of barracks and the sell-off of the MoD estate. Each time a base closes, we lose training space and the communities that support the forces. Please press for the defence estate strategy to be reviewed.
=== 1 | Veterans ID cards || Veterans' railcard || Recognition for veterans
I welcome the veteran ID card, but it means nothing if it doesn't unlock anything. I would like the government to use it to give veterans priority access to health care and housing, as the covenant promises, backed by law.
=== 1 raw | Open letter: Fund our Forces || Veterans' group letter
Dear {mp},

We are writing as members of the {town} Veterans' Breakfast Club. Between us we have served over 400 years in the Army, Navy and RAF. We are united in our concern that the armed forces have been run down to the point where they could not fight a serious war for more than a few weeks.

We ask you to support raising defence spending to 3% of GDP and to make sure the money goes on people - pay, housing and retention - as well as equipment.

Signed on behalf of the group,
{name} (Chair)
=== 1 | Your speech on defence || Trident comments || Re your comments on NATO
I saw your comments in the local paper about renewing the nuclear deterrent. I disagree with you strongly. Spending billions on weapons of mass destruction is immoral, and I believe most people in {town} would rather see it spent on the NHS. I would welcome a chance to discuss this with you.
"""

EU = r"""
=== 3 camp | Rejoin the EU || Time to rejoin || Britain belongs in Europe
I am writing to ask you to support the United Kingdom rejoining the European Union. Brexit has cost our economy billions, damaged trade, made it harder for our young people to work and study abroad, and left us weaker in a dangerous world.

Polls now show a clear majority would vote to rejoin. I would like you to support a plan to start the process, beginning with rejoining the single market and customs union.

Please tell me your position.
=== 3 camp | Youth mobility scheme || Let young people live and work in Europe || Youth experience scheme
As a supporter of the {European Movement|European Movement UK|Best for Britain|our local pro-European group}, I am writing to urge you to support a UK-EU youth mobility scheme.

Young people have lost the right to live, work and study across Europe. A reciprocal scheme for 18-30 year olds would benefit young Britons and UK businesses alike. The government should agree it without delay and without a cap so low it is meaningless.
=== 2 | Erasmus || Rejoin Erasmus+ || Erasmus for students
My {son|daughter|niece|grandson} is at university and would have spent a year abroad under Erasmus. The Turing scheme is not a replacement. I would like you to press the government to rejoin Erasmus+ as part of the reset with the EU.
=== 2 | The single market || Single market and customs union || Trade with Europe
I run a small business selling {cheese|furniture|bicycle parts|cosmetics|vintage clothing} and since Brexit exporting to the EU has become a nightmare of paperwork, customs charges and delays. Many of my customers in France and Germany have stopped ordering.

The government's reset is too timid. I would like you to argue for rejoining the single market, or at least a much closer relationship with it.
=== 2 | UK-EU security pact || Security and defence pact with the EU || Security cooperation with Europe
I welcome the new security and defence partnership with the EU. In a world of Putin and Trump, our security depends on our neighbours. I would like you to push for the pact to be deepened, including on intelligence sharing, police cooperation and access for British firms to EU defence funds.
=== 2 short | Brexit || Rejoin || EU
Brexit was a disaster. {Please back rejoining.|When will Labour admit it?|Rejoin now.}
=== 2 | Don't betray Brexit || Brexit betrayal || The EU reset
I voted Leave and I am angry that the government is quietly taking us back into the EU by the back door. Dynamic alignment with EU food rules means laws made in Brussels with no say for us. Youth mobility is free movement by another name. I want you to oppose this surrender.
=== 2 | Windsor Framework || Northern Ireland Protocol || Irish Sea border
As a business owner in {Newry|Belfast|Lisburn|Armagh|Derry}, I am writing about the Windsor Framework. The green lane has helped, but the Irish Sea border is still costing businesses. I would like the government to agree an SPS deal with the EU as quickly as possible to remove most checks.
=== 2 | Fishing rights || Fishing and Brexit || The fisheries deal
Fishermen were promised a sea of opportunity and have been betrayed twice. Now the government has given EU boats access to our waters for twelve more years. I want you to stand up for British fishing communities and oppose this deal.
=== 2 | Agrifood deal || SPS agreement || Veterinary agreement with the EU
I am a farmer exporting {lamb|seed potatoes|cheese|shellfish} and I welcome the plans for a veterinary agreement with the EU. Please press the government to get it agreed quickly and to keep it as wide as possible. Border checks have cost us dearly.
=== 2 | Brexit border checks || Queues at Dover || The Entry/Exit System
The new EU Entry/Exit System and the end of free movement mean hours of queues at Dover every summer. This is a direct result of the Brexit deal. I would like the government to negotiate arrangements with the EU to make travel easier for British citizens, including e-gates and a longer stay allowance.
=== 1 | Freedom of movement || Free movement || Living in Europe
I lost my right to live and work in 27 countries when we left the EU. I would like the government to negotiate the restoration of freedom of movement, starting with young people, musicians and retired people with homes abroad.
=== 2 | Touring musicians || Touring artists in the EU || Music and Brexit
I am a working musician. Since Brexit touring in Europe has become almost impossible for small bands because of visas, carnets and cabotage rules. I would like the government to negotiate a cultural exemption or touring visa waiver with the EU.
=== 1 | The EU reset || UK-EU summit || The relationship with Europe
I welcome the government's reset with the EU but I would like it to go further and faster. Half-measures will not fix the damage Brexit has done to growth. I would like to know whether you support a customs union.
=== 2 short | Brexit || EU || Europe
We voted to leave. Respect it. No more deals with Brussels.
=== 1 | EU citizens' rights || EU Settlement Scheme || Rights of EU citizens
Millions of EU citizens made their homes here and the settlement scheme has let many of them down, with digital-only status and people losing their rights over late applications. I would like the government to give them physical proof of status and a fair policy for late applicants. This is about the policy, not my own case.
=== 1 | Horizon and science || Science and the EU || EU research programmes
As a scientist I was relieved when we rejoined Horizon Europe, but participation is still well below what it was before Brexit. I would like you to support associating with more EU programmes, including Erasmus+ and Creative Europe.
=== 1 | Customs union || Brexit and growth || The OBR on Brexit
The OBR estimates Brexit will reduce productivity by 4% in the long run. No plan for growth can work without fixing our trade with Europe. I would like you to press the government to negotiate a customs union with the EU.
=== 2 camp | Petition: a referendum on rejoining || Let us vote on rejoining the EU || Rejoin referendum
We, constituents of {town}, call on our MP to support a referendum on the United Kingdom rejoining the European Union within the next Parliament.

The promises made in 2016 have not been kept. The people deserve the chance to decide again on the basis of what Brexit has actually delivered.
=== 1 | Budget contributions to the EU || Paying Brussels || EU payments
I read that the government may pay into EU programmes as part of the reset. We left so we would stop sending money to Brussels. Please oppose any new payments to the EU.
=== 1 | Gibraltar treaty || Gibraltar and the EU || Gibraltar
The new treaty on Gibraltar's relationship with the EU puts EU border guards at Gibraltar's airport. I want you to make sure British sovereignty over Gibraltar is protected and that Parliament has a full debate on the deal.
=== 1 | Brexit has ruined my business || Exporting to Europe || Small business exports
I am writing to tell you how Brexit has affected my business. Before 2021 about 40% of my sales went to Europe. Now it is less than ten. The paperwork costs more than the goods for small orders. I am asking you to push for a proper trade deal with the EU that actually helps small exporters.
=== 1 | European Convention on Human Rights || Leaving the ECHR || Human rights
I am worried by calls to leave the European Convention on Human Rights. I know it is not the EU, but our relationship with Europe matters and leaving would damage the Good Friday Agreement and the security pact with the EU. Please oppose it.
=== 1 | EU || European Union || Brexit
What is your position on the EU? Do you personally still want us to rejoin one day? I voted for you partly because you opposed Brexit.
=== 1 | Data adequacy || EU data rules || Business and the EU
I work in tech. If the UK loses EU data adequacy, our company will have to move staff to Dublin. Please press the government to keep our data rules aligned with the EU and protect adequacy.
=== 1 | Electricity and the EU || Energy trading with the EU || ETS linking
I support linking the UK's Emissions Trading Scheme with the EU's and rejoining the EU internal energy market. Brexit made electricity trading across the Channel less efficient and pushed up costs. Please support closer energy cooperation with the EU.
=== 1 | Pet passports || Travelling to the EU with pets || Animal health certificates
Since Brexit I need a new animal health certificate from the vet every time I take my dog to France, at £150 a time. I would like the government to agree a deal with the EU so that pet passports work again.
=== 1 | Young people and Europe || Brexit and young people || My generation and the EU
I was fourteen at the time of the referendum and had no say. My generation lost the right to live and work across Europe. I would like you to support rejoining the EU, and until then, a youth mobility scheme and Erasmus.
=== 1 | Brexit opportunities || Regulatory freedom || Leave the EU properly
Brexit gave us the freedom to set our own rules, but the government is throwing it away. Aligning with EU rules on food and energy means becoming a rule-taker. I want you to oppose dynamic alignment.
=== 1 short | EU youth mobility || youth mobility || Youth visas
Please support the youth mobility deal with the EU. My kids deserve the chances I had.
=== 1 | The Brexit deal review || TCA review || Trade and Cooperation Agreement
The Trade and Cooperation Agreement is due for review. I would like you to push for an ambitious review that reduces trade barriers with the EU, including mutual recognition of professional qualifications.
=== 1 | European Political Community || UK and European allies || Working with Europe
I believe the UK should work far more closely with its European neighbours. Our future lies with Europe, not in going it alone. Please support every step towards closer cooperation with the EU, including on defence and security through the pact.
=== 1 | Brexit and the NHS || EU nurses || Health workers and Brexit
Since Brexit thousands of EU nurses and doctors have left the NHS. I would like the government to negotiate an agreement with the EU to make it easier for health workers to come here, and to recognise their qualifications automatically.
=== 1 | Reopen the Brexit question || Brexit 10 years on || Brexit was a mistake
Almost ten years after the referendum, I think it is clear Brexit has failed. I would like you to say so publicly. Being honest about it is the first step towards a closer relationship with the EU.
=== 1 | Steel and the EU || EU steel safeguards || Steel tariffs
The EU's new steel safeguards threaten British steel exports. I want the government to negotiate an exemption for the UK as part of the reset, and to make the case that British and European steel industries stand together.
=== 1 | EU flag || Europe Day || Celebrating Europe
On Europe Day I wanted to write to say I am proud to be European and I hope to see Britain back in the EU in my lifetime. Please keep making the case for a closer relationship with our neighbours.
=== 1 | E-gates and passports || EU travel || Passport stamping
I would like the government to negotiate with the EU so that British travellers can use e-gates and avoid passport stamping. This is one of the many small frictions Brexit created.
=== 1 | Chemicals regulation || REACH || UK REACH costs
UK REACH will cost the chemicals industry billions for no benefit, duplicating what the EU already does. I would like you to support recognising EU chemicals regulation as part of the reset.
=== 1 | Brexit - Leave voter || Stop the reset || No to alignment
I voted Leave and I'm not ashamed of it. Any youth mobility scheme must have strict caps and there must be no return to free movement. Please represent the people of {town} who voted to leave.
=== 1 raw | Petition: Rejoin the Customs Union || Open letter from local businesses
Dear {mp},

We are {n2}{n2} small and medium businesses in {town} and the surrounding area. Since 2021 our trade with the European Union has fallen sharply because of customs declarations, rules of origin and SPS checks.

We ask you to press the government to negotiate a customs union with the EU and a full SPS agreement as part of the reset.

Yours faithfully,
{name}, on behalf of the signatories
=== 1 | Your reply on Brexit || The EU || Following up on Europe
Thank you for your reply about Brexit, but you did not say whether you personally support rejoining the single market. Many of us voted for you because you opposed Brexit. I would like a straight answer.
=== 1 | Brexit and the border || Kent lorry parks || Operation Brock
Every summer Kent grinds to a halt because of border queues at Dover. Brexit did this. I want a proper agreement with the EU to reduce border checks, not another lorry park on farmland.
=== 1 short | Rejoin EU || EU please || Europe
Rejoin the EU. That's it. That's the email.
=== 1 | Musicians' visas || Brexit and the arts || Creative Europe
Please support the UK rejoining Creative Europe and negotiating visa-free touring for artists with the EU. The arts have lost so much since Brexit.
=== 1 | Brexit dividend || £350 million || What did Brexit get us
Where is the £350 million a week? Where are the trade deals that were better than what we had? I want my MP to say openly that Brexit has failed and push for a closer relationship with the EU.
"""

MULTI = [
    (["ukraine", "defence"], r"""
=== 3 | Ukraine and our defences || Defence spending and Ukraine || Rearm to support Ukraine
Russia's war on Ukraine has shown how unprepared we are. We have given Ukraine much of our ammunition and equipment - rightly - but we have not replaced it.

I would like the government to do two things: keep up and increase military aid to Ukraine, and raise our own defence spending to 3% of GDP quickly, with new munitions factories to supply both. Please tell me whether you support this.
=== 2 | Ukraine and NATO || Putin and NATO || Security in Europe
If Putin wins in Ukraine, the Baltic states are next, and then it is NATO's Article 5 that is tested. We must give Ukraine everything it needs now and rebuild our own army, which is too small to deter Russia. Please press for both.
=== 2 | Troops to Ukraine || Reassurance force || British troops in Ukraine
I oppose sending British troops to Ukraine as part of any reassurance force. Our army is too small and overstretched, and it would risk a direct war with Russia. I would like you to vote against any such deployment.
=== 1 | Aid to Ukraine v our armed forces || Weapons for Ukraine || Our stockpiles
I support Ukraine but our armed forces are being stripped bare. The Challenger tanks and AS90s sent to Ukraine have not been replaced. The government should fund replacements now, and increase the defence budget so we can do both.
=== 1 short | Ukraine and defence || Russia threat || Defence
Help Ukraine and rearm Britain. Both, now. Russia only understands strength.
=== 1 | Training Ukrainian soldiers || Operation Interflex || UK training for Ukraine
I am a serving {officer|NCO|reservist} and have been involved in training Ukrainian recruits. Ukraine needs us to continue this training at scale, and our own army needs more instructors and more money to do it without damaging our own readiness. Please support funding for both.
"""),
    (["gaza", "defence"], r"""
=== 2 | Arms sales and defence jobs || Stop arms to Israel - and our defence industry || F-35s and jobs
I know the F-35 programme supports jobs in the UK defence industry, including in our region. But jobs cannot justify supplying parts to jets that bomb Gaza. I would like you to support an end to arms sales to Israel and a plan to convert defence industry jobs to civilian manufacturing.
=== 2 | Cut the military budget || Welfare not warfare || Arms and Gaza
The government is increasing defence spending to record levels while cutting welfare and aid, and it continues to arm Israel as it destroys Gaza. I oppose both. Please vote against the increase in military spending and support an arms embargo on Israel.
=== 1 | RAF Akrotiri || Spy flights over Gaza || UK military involvement
I am concerned about the RAF surveillance flights over Gaza from Akrotiri and the presence of UK military assets in the region. I would like the Defence Secretary to explain to Parliament what the armed forces are doing there and to end any role in supporting Israel's military operations.
"""),
    (["eu", "defence"], r"""
=== 3 | European defence || UK-EU defence cooperation || The security pact and defence spending
The UK-EU security pact is welcome but it must mean something. The UK should join the EU's defence procurement programmes, co-operate on building munitions, and raise its own defence spending to match the threat. Please support all of these.
=== 2 | Brexit and defence || Defence without Europe || Rejoin the EU for security
Brexit has left us isolated at the worst possible moment. With the US turning away, our security depends on Europe. I want the UK to rejoin the EU, or at least deepen the security pact, and to build up our armed forces with our European allies.
=== 1 | SAFE fund || EU defence fund || British firms and EU defence contracts
British defence firms are being shut out of the EU's SAFE rearmament fund because the government would not pay the entry fee. This costs British jobs. I would like you to press for a deal to join the fund as part of the security pact, and to back a bigger defence budget.
"""),
    (["ukraine", "eu"], r"""
=== 2 | Coalition of the willing || Europe and Ukraine || European support for Ukraine
With the US stepping back, Europe must stand behind Ukraine. I want the UK to work as closely as possible with the EU on sanctions against Russia, on using frozen Russian assets for Ukraine, and on Ukraine's path to EU membership. The security pact with the EU should be used to coordinate support for Ukraine.
=== 1 | Rejoin the EU - for Ukraine || Europe united against Putin || EU and Russia
Putin's war has shown that democracies must stand together. Britain outside the EU is weaker and so is Europe's support for Ukraine. I would like you to support rejoining the EU and a joint European plan to arm and rebuild Ukraine.
"""),
    (["gaza", "ukraine"], r"""
=== 3 | Double standards || Sanctions on Russia but not Israel || One rule for Russia
We rightly sanctioned Russia within days of its invasion of Ukraine, froze its assets and sent weapons to help Ukraine resist the occupation. Why does the same government refuse to sanction Israel for its occupation and its bombing of Gaza?

I want you to support sanctions on Israel and an end to arms sales, consistent with what we did for Ukraine. International law must apply to everyone.
=== 1 | Refugees from Gaza and Ukraine || A scheme for Gaza like Homes for Ukraine || Family scheme for Gaza
The UK created the Homes for Ukraine scheme and the Ukraine Family Scheme within weeks. I support both and would like them extended. But there is no equivalent scheme for Palestinians in Gaza. I ask you to press the government to create a family reunion scheme for Gaza on the same lines.
"""),
    (["ukraine", "gaza", "defence"], r"""
=== 2 camp | Stop the War: No to war, no to rearmament || Peace not war || Stop the War Coalition
I am writing as a supporter of the Stop the War Coalition. The government is taking us towards a new era of war. It is pouring weapons into Ukraine instead of pushing for negotiations, it continues to arm Israel while Gaza is destroyed, and it plans to raise military spending while our public services collapse.

I urge you to support negotiations to end the war in Ukraine, an arms embargo on Israel, and to oppose the increase in the defence budget.
=== 1 | Britain's foreign policy || Wars everywhere || A peace policy
I feel our foreign policy has lost its way. We are increasing defence spending, sending more weapons to Ukraine and still selling arms to Israel. I would like you to argue for diplomacy first: talks to end the war in Ukraine, a permanent ceasefire in Gaza, and a defence policy based on defence, not preparing for war.
"""),
    (["gaza", "eu"], r"""
=== 1 | EU-Israel Association Agreement || Europe and Gaza || Work with the EU on Israel
Several EU countries are pushing to suspend the EU-Israel Association Agreement over Gaza. The UK should coordinate with our European partners and suspend our own trade arrangements with Israel until it complies with international law. I would like you to press for this joint approach through the new UK-EU relationship.
"""),
    (["ukraine", "defence", "eu"], r"""
=== 2 | Europe must defend itself || Europe's security || Ukraine, NATO and Europe
America can no longer be relied on. Europe must defend itself and defend Ukraine. I would like the UK to increase defence spending to 3%, deepen the security pact with the EU and work with European allies to give Ukraine the weapons it needs to win. Please tell me your view.
"""),
]
