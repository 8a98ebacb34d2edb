"""Hand-written holdout letters: an independent check of generalisation.

These were written separately from the skeletons in skel_topics.py / skel_other.py, with different wording,
and are NOT passed through the generator (no slot filling, no added greetings). Same labelling rule:
see templates/training/README.md. Each entry: (labels, subject, body).
"""

U, G, D, E = "ukraine", "gaza", "defence", "eu"

LETTERS = [
# ---------------------------------------------------------------- ukraine
([U], "Kharkiv", """Dear Ms Hartley,

My wife and I spent our honeymoon in Kharkiv in 2019. The hotel we stayed in was hit by a glide bomb last month. I can't get it out of my head.

I know you have spoken up for Ukraine before and I'm grateful. Please keep doing it. Britain should be sending whatever air defence it can spare and leaning on the rest of Europe to do the same.

Regards,
Tom Gallagher
ST17 4QP"""),
([U], "Re: your reply on Ukraine", """Thanks for getting back to me. I'm glad you support Ukraine but your letter didn't say anything about the frozen Russian money. Belgium holds most of it, fine, but we hold billions too. Why are we only giving Ukraine the interest? Russia should pay for every school and hospital it has flattened.

Colin"""),
([U], "", """dont send any more of our money to zelensky. we have kids going hungry here. end the war now and bring everyone to the table"""),
([U], "A view from a Russian-born constituent", """Dear MP,

I was born in Yekaterinburg and have lived in Britain for twenty years. I am ashamed of what my country of birth is doing. Many Russians here feel as I do but are afraid to say it.

Please do not listen to those who say sanctions don't work or that Ukraine should give up land. The regime only understands pressure. I would ask you to support continued sanctions and more help for Ukraine's defence, and also to support visas for Russians who have fled conscription and who oppose the war.

Yours sincerely,
Natalia Sorokina"""),
([U], "Winter and the grid", """Hello,

Could you ask the Foreign Office what Britain is doing to help Ukraine's power grid before this winter? Last year there were blackouts for 16 hours a day in Kyiv. Transformers take months to build, so we need to act now, not in December.

Thank you,
Rhiannon Price"""),
([U], "Negotiate", """Dear Mr Mason

I want to register my strong disagreement with the government's policy of "as long as it takes". It has now taken three years and hundreds of thousands of lives. The honest truth is that Ukraine cannot retake all its territory. The UK should be helping to broker a ceasefire along the current lines, with guarantees, instead of encouraging more young men to die.

I don't expect you to agree but I would like my view recorded.

Keith Barlow"""),
([U], "Ukrainians need certainty", """Dear Dr Chowdhury,

I teach English to adults at the college. About a third of my students are Ukrainian. They are nurses, engineers, accountants, and they want to contribute. The eighteen-month extensions mean they cannot plan anything. Employers hesitate to hire them. Landlords refuse them.

Please ask the Home Secretary to give people on the Ukraine schemes a route to settle permanently. I am not writing about any one student - this is about all of them.

Best wishes,
Helen Marsh"""),
([U], "Russian propaganda on TikTok", """My teenage son came home repeating things he saw online about how NATO started the war and Ukraine is run by Nazis. This is Kremlin disinformation aimed at kids. What is the government doing about Russia's information war? And will you keep backing Ukraine, because it feels like support is slipping."""),
([U], "Shahed drones", """Dear Member of Parliament

The Shahed drones Russia fires at Ukrainian cities contain Western components. That means sanctions are being evaded through third countries. I want to know what the UK is doing about export controls on electronics that end up in Russian weapons.

Thank you
Dmytro Koval"""),
([U], "ICC and Putin", """Hi,

Putin has an ICC arrest warrant against him and yet he travels freely. Please push the government to keep the pressure on, and to support the special tribunal on aggression. There has to be justice for Ukraine, not just a deal.

Aoife"""),
([U], "Ukrainian soldiers training here", """Dear Ms Pryce,

My nephew, a reservist, helped train Ukrainian recruits on Salisbury Plain. He told me they arrive with a few weeks' notice and go straight to the front. I think we should be doing far more of this, and longer courses. Could you raise it with ministers? I believe the UK's support for Ukraine is one of the few things this country has got right in recent years.

Sincerely,
Margaret Holt"""),
([U], "Sanctions", """I'm writing because I saw that Russian oligarchs are still living in their London mansions. What happened to the promise to go after them? Tighten the sanctions and enforce them."""),
([U], "Please vote against more weapons for Kyiv", """Dear Mr Rowe,

I am a Quaker and a lifelong pacifist. I grieve for the people of Ukraine. But more weapons mean more deaths. I ask you to urge the government to put its weight behind peace talks with Russia and to stop escalating the conflict.

In peace,
Ruth Fielding"""),
([U], "Mariupol", """Dear MP, I watched 20 Days in Mariupol last night. I would like to know what Britain will do to make sure those responsible for the bombing of the maternity hospital and the theatre face justice. And I want us to keep arming Ukraine so it doesn't happen to another city. Gareth Lloyd, Penkridge"""),
([U], "Fwd: Ukraine petition", """---------- Forwarded message ---------
From: Ukraine Solidarity {town}

Sign our open letter: we call on the UK Government to guarantee long-term funding for Ukraine's defence, seize Russian state assets and back Ukraine's right to decide its own future.

---

I've signed this and I'm sending it to you as my MP. Please support it. - Bethan"""),
([U], "UK help for Ukrainian demining", """Dear Mrs Okafor,

I am a retired Royal Engineer. Ukraine is now the most heavily mined country on earth; farmland the size of England is contaminated. British expertise in demining is among the best in the world. I would like to see the UK fund a major demining programme for Ukraine. This will be needed for decades.

Yours,
Stuart Napier"""),
([U], "war", """I don't get why we're still in this war. It's Russia and Ukraine's business. Bring our money home."""),
([U], "Ukraine refugee scheme - sponsors' thank you payments", """Dear Ms Bailey,

As one of the original Homes for Ukraine hosts, I want to raise the government's decision to end the thank-you payments for hosts after the third year. Many hosts have only been able to continue because of them. If the scheme is to work, hosts need support. I would be grateful if you could raise this with the minister; it will affect hundreds of families across the country.

Kind regards,
Alison Drury"""),
([U], "Trump and Ukraine", """The American plan basically hands Putin what he wants. Britain should say no, loudly, and keep backing Ukraine with the Europeans. Do you agree?"""),
([U], "Russian grain theft", """Dear Sir,

Russia is stealing grain from occupied Ukrainian territory and shipping it through Crimea to buyers abroad. I would like the government to sanction the ships and companies involved. Will you press for this?

Yours faithfully,
P. Nightingale"""),
([U], "Ukraine", """Hello MP. My view: keep supporting Ukraine. Thats all. Thanks. Kieran"""),
# ---------------------------------------------------------------- gaza
([G], "Gaza", """Dear Ms Hartley,

I am a GP in Stafford. Every day I try to keep people alive, and every day I read that another hospital in Gaza has been bombed or a doctor killed. Dr Hussam Abu Safiya has been detained for months without charge.

I ask you to press the Foreign Secretary, publicly, to demand his release and the protection of health workers. And I ask you to support an end to the arms trade with Israel until this stops.

Dr Priya Raman"""),
([G], "Ceasefire", """Please call for a ceasefire. I'm 15 and my friends and I can't understand why adults let this happen. Hannah (Year 10, Walton High)"""),
([G], "Your silence on Gaza", """Dear Mr Mason,

I voted for you. I have written to you three times about Gaza and received one form letter. You talk about human rights but say nothing while children starve. I want you to say the word "genocide" and to vote for sanctions on Israel. Otherwise I will not vote for you again.

Imran Shah
WS11"""),
([G], "Israel", """Dear MP,

My family lost two cousins at the Nova festival. I am writing because I am tired of being told that Israel has no right to defend itself. Hamas could end this tomorrow by releasing the hostages and surrendering. I want the UK to stand by Israel and proscribe every group that glorifies 7 October.

Yours sincerely,
Daniel Cohen"""),
([G], "Palestine Action / arms factory in our area", """Dear Dr Chowdhury,

There is a factory near us that makes drone parts used by the Israeli military, according to reports. I don't support criminal damage but I do believe the UK must stop supplying Israel with weapons while it breaks international law. Please ask the government to review all export licences for components that end up in Israeli weapons.

Best wishes,
Chioma Eze"""),
([G], "A Jewish voice for a ceasefire", """Dear Ms Pryce,

As a Jewish constituent I want you to know that many Jews do not support what the Israeli government is doing in our name. Not in my name. Please support a permanent ceasefire and the recognition of Palestine. Both peoples deserve to live in safety.

Shalom,
Rachel Freedman"""),
([G], "Re: Gaza", """> Thank you for contacting me about the situation in the Middle East. The Government is clear that...

With respect, this response says nothing. Rafah was the "last safe place". What is the government going to DO? Will you personally call for an end to arms sales?

Fatima"""),
([G], "Humanitarian aid", """Hello,

I would like to know what the UK is doing to get more aid into Gaza. UNICEF says children are dying of malnutrition. Please push for all crossings to be opened.

Many thanks
Eleanor"""),
([G], "Iran", """Dear Mr Rowe,

Israel's attacks on Iran and Iran's missile attacks on Israel could drag the whole region into war, and Britain with it, through our bases in Cyprus. I want Parliament to vote before any British involvement. Please tell me your position.

Regards,
Hywel Morgan"""),
([G], "Lebanon ceasefire", """I'm a British Lebanese constituent. Israel keeps striking Lebanon despite the ceasefire. Please ask the Foreign Office to hold Israel to the ceasefire terms. Thank you, Rania Khalil, Stafford"""),
([G], "West Bank", """Dear Ms Adebayo-Clarke,

I recently returned from a trip with my church to the West Bank. We saw checkpoints, the separation wall, and a village where settlers had burned cars the week before. The Palestinian Christians we met asked us one thing: tell your government.

So I am telling you. Please support sanctions on settlers and a ban on settlement goods.

Yours in faith,
Revd Susan Whitby"""),
([G], "Hostages", """Dear Mrs Okafor, there are still hostages' bodies in Gaza whose families cannot bury them. Please don't let the government forget them. Keep up the pressure on Hamas. - Joanna Levy"""),
([G], "F35", """Why does the UK still send F-35 parts to Israel? The High Court case showed the government knew the risks. I want this stopped. Sam"""),
([G], "The Palestinian Authority and recognition", """Dear MP

I welcome the UK's recognition of Palestine. It was the right thing. But recognition means little unless it is followed by action: pressure on Israel to halt settlement expansion and support for Palestinian institutions. What are the next steps? I would appreciate your views.

Yours sincerely,
Dr Martin Fell"""),
([G], "Double check your position", """Dear Ms Bailey,

Your website says you support a two state solution. Does that mean you support the immediate recognition of a Palestinian state, or not? And do you still back Israel's right to self-defence after everything? Constituents deserve clarity.

Graham Pike"""),
([G], "UNRWA", """Please make sure the UK keeps funding UNRWA. Without it, children in Gaza and the refugee camps in Lebanon and Jordan won't have schools or clinics. Thanks, Layla"""),
([G], "STOP THE GENOCIDE", """STOP ARMING ISRAEL. HOW MANY MORE DEAD CHILDREN. SHAME ON YOU ALL."""),
([G], "Gaza ceasefire deal", """Hi,

Now that there is a ceasefire in Gaza, please press the government to make sure it holds and that Israel lets enough aid in. The last one collapsed. The UK should be putting money into reconstruction and backing the international force. Cheers, Callum"""),
([G], "Houthis", """Dear MP, I support the RAF strikes against the Houthis. They are attacking shipping and firing missiles at Israel on behalf of Iran. The UK must protect the Red Sea. Regards, Derek"""),
([G], "Child amputees", """Dear Ms Hartley,

Save the Children says Gaza has the largest cohort of child amputees in modern history. I am asking the UK to evacuate injured children for treatment in the NHS, as Italy and others have done, and to keep pushing for a lasting ceasefire.

Yours sincerely,
Bernadette Quinn"""),
# ---------------------------------------------------------------- defence
([D], "Defence", """Dear Mr Mason,

I served 24 years in the Royal Signals. I have never seen the forces in such a poor state. We have generals but not enough soldiers, ships tied up for want of sailors. Two and a half percent is not enough. I'd urge you to back 3% now, not in ten years.

Yours sincerely,
Maj (Retd) Alan Fairbrother"""),
([D], "Nuclear weapons", """Dear Ms Hartley,

I was disappointed to read that you support renewing Trident. These weapons can never be used without killing millions. I would ask you to reconsider and to support the UN Treaty on the Prohibition of Nuclear Weapons.

Peace,
Margaret Ellis, Stafford CND"""),
([D], "Veterans - law", """Dear MP,

I read that you want to put the rights of veterans and service families into law. I am a veteran and I think this is long overdue. What would it actually guarantee? At the moment the covenant has no teeth. Would veterans be able to take a council or an NHS trust to court? I would like to support this, but I want to know it is real.

Regards,
Lee Doherty"""),
([D], "F-35A and nuclear role", """The government's decision to buy F-35As to carry American nuclear bombs is dangerous and wasteful. It ties us into US nuclear planning. I would like you to oppose it. Jean"""),
([D], "Army numbers", """The army is too small. Reverse the cuts. Simple. Malcolm, Eccleshall"""),
([D], "Forces recruitment", """Dear Ms Pryce,

My son tried to join the Army at 18. He waited nearly a year because of his childhood asthma, which he grew out of, and eventually gave up. He now works in a warehouse. I hear the army is short of recruits. How can this be? The recruitment process needs urgent reform and I would like you to raise it with the minister.

Yours,
Dawn Hewitt"""),
([D], "Arms race", """Dear Mr Rowe,

Five percent of GDP on defence and security? That is tens of billions a year. I am not a pacifist, but spending on this scale while children's services are cut is wrong. Please oppose this target.

Regards,
Simon Ashby"""),
([D], "Shipyards", """Dear Dr Chowdhury,

The Fleet Solid Support ships should have been built entirely in the UK. Instead key work went abroad. I am a welder and I would like the government to guarantee that all future Royal Navy ships are built in British yards. That is what a real defence industrial strategy looks like.

Iwan Roberts, Cardiff"""),
([D], "NATO", """To my MP: NATO is more important than ever. The UK should be the backbone of European defence with France. Please make sure we meet our NATO commitments in full, and more. Peter"""),
([D], "Armed forces housing", """Dear Mrs Okafor,

The MoD has just bought back the forces family housing estate from Annington. Good. But now it needs to spend money fixing the homes. I'm writing as a former army wife: I lived with black mould for three postings. Please press the government to commit to a proper timetable for refurbishment of service family accommodation.

Thank you,
Sandra McKay"""),
([D], "National service", """I think national service should come back for all 18 year olds, military or civilian. Young people need discipline and we need reserves. Please support it. Barry Lowe"""),
([D], "GCAP", """Dear Ms Bailey,

The Global Combat Air Programme with Italy and Japan is vital for thousands of jobs in the UK aerospace industry and for our air force. I would ask you to make sure it is fully funded in the coming spending review.

Yours,
Chris Oakley (BAE Systems employee, writing personally)"""),
([D], "Veterans' mental health - policy", """Dear MP,

I lost a friend from my regiment to suicide last year. Veterans' mental health services are a postcode lottery. I would like you to support a statutory duty on the NHS to provide timely specialist care to veterans, with proper funding. I'm not asking for help for myself, I'm asking for a change in the law.

Declan Byrne"""),
([D], "Spending on defence and the aid cut", """Dear Ms Adebayo-Clarke,

I understand the need to spend more on defence given Russia's behaviour, but cutting the aid budget to pay for it is wrong. Defence spending should be funded by fairer taxes, not by taking food from the world's poorest. I'd ask you to oppose this approach.

Kind regards,
Ann Whitworth"""),
([D], "Drones", """Hello. Our army still has no serious drone capability at scale. Ukraine is making millions a year. The MoD should be buying cheap drones now, not in 2030. Please push for it. Thanks, Ollie"""),
([D], "Armed Forces Commissioner", """Dear MP,

I welcome the new Armed Forces Commissioner. I hope the Commissioner will be given powers to investigate bullying and sexual harassment, and independence from the chain of command. Please support strengthening the role.

Yours sincerely,
Lt Col (retd) Helen Garside"""),
([D], "Cadets and recruitment age", """Please support raising the age of army recruitment to 18. Child soldiers at 16 are not something Britain should be proud of. Thank you, Pat"""),
([D], "Trident", """Keep Trident. Anyone who thinks we should give up nuclear weapons while Putin threatens Europe is living in a fantasy. Trevor"""),
([D], "Ajax", """Dear Mr Mason, can you ask the Defence Secretary how much Ajax has now cost and whether it works yet? I'm all for spending on defence but not on this. Regards, Nigel Hope"""),
# ---------------------------------------------------------------- eu
([E], "Rejoin", """Dear Ms Hartley,

I know you opposed Brexit. Thank you. Please keep saying it. The government's caution about Europe is holding the country back. I would like to see you argue for rejoining the EU, starting with the single market.

With best wishes,
Julie Chambers"""),
([E], "Youth mobility", """Hi MP, I'm 22 and I'd love to work in Berlin for a year, like my mum did. Please support the youth mobility scheme with the EU and don't let it get watered down. Thanks, Ellie"""),
([E], "Brexit", """Brexit means Brexit. Stop sneaking us back under EU rules. Your lot were told in 2016 and again in 2019. Respect the vote."""),
([E], "The SPS deal", """Dear Mr Rowe,

I export shellfish from the Menai Strait. Since Brexit we cannot sell live mussels to the EU because of the rules on class B waters. The new SPS agreement could fix this. Please make sure it covers shellfish and gets done quickly.

Yours sincerely,
Owain Hughes"""),
([E], "Erasmus", """Dear MP

I'm a lecturer at Keele. Our students lost Erasmus in 2021 and the Turing scheme funding is unpredictable. Now the government has agreed to rejoin Erasmus+, please make sure universities get the funding in time for the 2027 intake.

Best,
Dr Sarah Blunt"""),
([E], "EU security pact", """Dear Ms Pryce,

I was pleased to see the security and defence partnership signed with the EU. I hope you will push for it to go further - joint procurement, joint exercises, intelligence sharing. In this world we need our neighbours. Please keep supporting it.

Regards,
Martin Oxley"""),
([E], "Customs union", """Why won't Labour consider a customs union with the EU? Every economist says it would boost growth. Ask the Chancellor. Gordon"""),
([E], "Dynamic alignment", """Dear Dr Chowdhury,

The proposed agreement with the EU would require the UK to follow EU rules on food and animal health without a vote. That is not what people voted for. I am a farmer and I don't want rules made in Brussels. I want Parliament to have the final say. Please oppose dynamic alignment.

Yours faithfully,
Richard Swinnerton"""),
([E], "Northern Ireland and the EU", """Dear MP,

As a unionist I believe the Windsor Framework still leaves Northern Ireland subject to EU laws in which we have no say. I'd ask you to support changes that restore Northern Ireland's full place in the UK internal market.

Yours sincerely,
William Armstrong, Lisburn"""),
([E], "Brexit paperwork", """Dear Mrs Okafor,

I make handmade jewellery and used to sell a lot to customers in Ireland, Germany and the Netherlands. Since Brexit I've had to stop selling to the EU because of VAT registration rules and customs charges my customers refuse to pay. Please push the government for a simpler system for small sellers.

Thank you,
Grace Whitfield"""),
([E], "European Movement", """I'm a member of the European Movement. Please sign the pledge to support the UK rejoining the EU when the conditions are right, and in the meantime to support a customs union and single market access. Hana"""),
([E], "EU", """Please push for the UK to rejoin the EU. Thank you."""),
([E], "Fish", """Dear Mr Mason,

The deal giving EU boats access to our waters until 2038 is a betrayal of British fishermen. I was born in a fishing town and I've watched it die. Please tell me how you voted.

Regards,
Alasdair Reid"""),
([E], "Passport queues and the EU", """Dear Ms Bailey, the Entry/Exit System has made going on holiday a nightmare, three hours at the Eurostar terminal. Please press the government to negotiate a better deal with the EU for British travellers. Regards, Lorraine Hunt"""),
([E], "Musicians and Europe", """Dear Ms Adebayo-Clarke,

I play in an orchestra. Touring in Europe now costs so much in visas, carnets and haulage rules that several of our tours have been cancelled. Please press for a visa waiver for touring artists as part of the EU reset.

Kind regards,
Anjali Mehta"""),
([E], "Rejoin the EU", """Dear MP, we should never have left and we should go back in. I'd like you to say that publicly. Regards, Kevin"""),
([E], "Brexit - a Leave voter's view", """Dear Ms Hartley,

I voted Leave. I still think it was right, but I accept it has been done badly. What I don't want is for us to go back in by the back door without being asked. If there is ever to be a closer relationship, put it to the people.

Regards,
Brenda Shaw"""),
([E], "Horizon and the EU", """Dear Dr Chowdhury, please back UK association with more EU programmes, including the new EU defence and space programmes. Science and research thrive on cooperation. - Prof. Lin Wei"""),
# ---------------------------------------------------------------- multi-label
([U, D], "Defence and Ukraine", """Dear Mr Mason,

Two things. First, please keep supporting Ukraine with weapons - it is fighting our war as much as its own. Second, we must rebuild our own forces; we have given Ukraine so much that the British Army would struggle to fight for a fortnight. I would like you to support a faster rise in defence spending to pay for both.

Yours,
Graham Tate"""),
([U, D], "Coalition of the willing", """I oppose sending British troops to Ukraine. Our forces are stretched thin already and it would put us directly in harm's way against a nuclear power. Please vote against it. Stuart"""),
([U, D], "Russia", """Dear Ms Pryce, Russia is rearming fast. We need to give Ukraine long-range missiles now and double our own production of shells and drones. Defence spending must go up this year, not next decade. Regards, Lewis Hart"""),
([G, D], "Arms sales", """Dear Ms Hartley,

The UK arms industry is booming, and some of it ends up in Israel's war on Gaza. I'm opposed to the increase in military spending and I'm opposed to the arms trade with Israel. Both should stop. Please vote accordingly.

Regards,
Femi Adeyemi"""),
([E, D], "Europe's defence", """Dear Mr Rowe,

With the US less reliable, the UK should integrate its defence far more closely with the EU - joint buying, joint production, and British firms in the EU's defence programmes. That means deepening the security pact and also spending more ourselves. I'd like your views.

Thank you,
Deepa Nair"""),
([E, D], "Security pact and the armed forces", """Hi, I'm in favour of the security pact with the EU and of increasing our defence budget. Europe needs to look after itself. Jack"""),
([G, U], "Hypocrisy", """We sanctioned Russia in a week for invading Ukraine. We have done almost nothing to Israel after two years of bombing Gaza. I want the same rules for both. Sanctions on Israel now. Noor"""),
([U, E], "Europe and Ukraine", """Dear Dr Chowdhury,

The only way Ukraine gets a fair peace is if Europe - including the UK - acts together. I'd like the UK to align its sanctions on Russia with the EU's and to work with the EU to use the frozen assets. And yes, I would like us back in the EU eventually.

Yours,
Eleanor Quayle"""),
([U, G, D], "Peace", """Dear MP, I am a member of the local peace group. We oppose the rearmament drive, we want peace talks in Ukraine, and we want an end to UK arms sales to Israel. Please speak up for peace. Robin Clay"""),
([U, D, E], "The new world", """Dear Ms Bailey,

Putin in Ukraine, Trump in Washington: Britain cannot rely on anyone but Europe now. We should spend more on defence, get closer to the EU through the security pact and beyond, and give Ukraine what it needs to hold the line.

Yours sincerely,
Colin Frost"""),
]
