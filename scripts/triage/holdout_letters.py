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
From: Ukraine Solidarity Stafford

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
# ---------------------------------------------------------------- other (casework, local, other policy, passing mentions)
([], "Homes for Ukraine - visa still not issued", """Dear Ms Hartley,

I am sponsoring a mother and her 8-year-old son from Kherson under Homes for Ukraine. They applied eleven weeks ago. UKVI says the application is "in progress" and nothing more. They are staying with a relative in a flat in Chisinau that she can't afford much longer.

GWF reference: GWF071234556. Could your office please make an urgent enquiry?

Thank you,
Caroline Ashworth
ST16 3LD"""),
([], "Housing", """I left the Royal Logistic Corps in 2019 after 12 years. My marriage has ended and I'm living in my car. The council told me to go to the homeless team who told me to call the council. I don't know where else to turn. Can you help me please? Jason Cole 07700 900412"""),
([], "Energy bills", """Dear Mr Mason,

My gas and electricity now cost me £210 a month for a two bedroom terrace. Since the war in Ukraine started, prices have never gone back down. I am 81 and I sit in a blanket in the evenings. Is there any help I can get? I am not on pension credit.

Yours sincerely,
Mrs Joan Pickering"""),
([], "Climate", """Dear MP,

I wanted to write about climate change. The war in Ukraine and the Middle East have dominated the news, but the climate crisis has not gone away. This summer my street flooded twice. Please push the government to keep its net zero commitments and to fund flood defences for towns like ours.

Regards,
Anjali Desai"""),
([], "Council tax", """My council tax has gone up 4.99% AGAIN. The council says it's because of inflation and Brexit and whatever else. I don't care whose fault it is, I can't pay it. The road outside has had a pothole for eight months. What am I paying for?? Brian Lake, Stone"""),
([], "Pothole on the A34", """Hello, there's a massive pothole on the A34 southbound just past the Redhill roundabout. I hit it on Tuesday and it's cost me £340 for a new tyre and wheel. Who do I claim from? Thanks, Lucy"""),
([], "My son", """Dear Ms Pryce,

My son is a serving soldier at Beacon Barracks. His partner has just had a baby and they have been living with us in a two bed flat. He has been told that because he is in the army, he has a "home" with the MoD, but there are no married quarters available. Can you help him get on the council housing list?

Yours,
Maureen Doyle"""),
([], "GP surgery closing", """Dear MP, the surgery on Wolverhampton Road is merging with another one across town. Hundreds of older patients without cars will have to take two buses. Nobody consulted us. Please help. Regards, Philip and Jean Moss"""),
([], "Waiting list - urology", """Dear Dr Chowdhury,

I am 68 and have been waiting 58 weeks for prostate surgery at Royal Stoke. I have a catheter and it has changed my life. I've been told there are no theatre slots. I would be grateful if your office could ask the trust for a date.

NHS number 485 777 3456. DOB 14/03/1957.

Kind regards,
Raymond Tait"""),
([], "PIP", """Hi, my PIP has been stopped after a review. I have had MS for 15 years. It's not going to get better! How can they say I can now walk 200 metres? The assessor never even saw me walk. Please help me. Sharon"""),
([], "Universal credit", """Dear Ms Bailey

I work part time in a supermarket and my hours change week to week. My Universal Credit is different every month, and last month it was £0 because my employer paid me twice in one assessment period. I had to go to the food bank. This can't be right. Can you ask the DWP to look at my claim?

Thank you,
Kayleigh Burns"""),
([], "School transport", """Dear Mr Rowe,

Staffordshire have stopped the free bus for our village children to the high school, saying there is a "safe walking route". The route is three miles along a country lane with no pavement and no street lights. I'd rather my daughter wasn't the first to be hit by a lorry. Please help us get this reversed.

Yours sincerely,
Nicola Grant"""),
([], "EHCP", """Dear MP,

My son has an EHCP that says he needs full time 1:1 support. His school says they haven't got the money and have put him on a reduced timetable of two hours a day. The council won't answer. I'm a single mother and I've had to give up work. Please, I need help.

Leanne Hodgson"""),
([], "Visitor visa for my mother from Gaza", """Dear Mrs Okafor,

My mother is 72 and got out of Gaza through Egypt last year. She is in Cairo now. I am a British citizen and an NHS pharmacist and I want to bring her here. Her visitor visa was refused because they said she would not leave. She has nowhere to return to. I know you can't change the decision, but could you ask the Home Office to look at it again, or advise what route exists?

Thank you,
Omar Nasser"""),
([], "Ukrainian lodger's Universal Credit", """Dear Ms Hartley,

I host a Ukrainian lady, Olena, who works as a care assistant. Her Universal Credit was suspended pending checks on her status after she got her visa extension. She has given me permission to write. Her extension letter is attached. Please could your office contact the DWP?

Thanks,
Peter Walsh"""),
([], "Winter fuel", """I'm 79 and my husband is 83. We lost our winter fuel payment last year and this year they said we'd get it back but we haven't received anything. Could you find out what's happened? Mrs D. Carter"""),
([], "WASPI", """Dear MP,

I was born in 1955. I found out I would have to wait six extra years for my pension two years before I expected to retire. The Ombudsman said we were wronged. The government said no compensation. I would like to know whether you personally will support our campaign.

Yours,
Linda Pearce"""),
([], "Assisted dying", """Dear Mr Mason,

My wife died of motor neurone disease last year. In her last weeks she begged me to help her die. I could not, because it's illegal, and I will live with that forever. Please vote for the assisted dying bill.

Geoffrey Hurst"""),
([], "Assisted dying bill", """Dear Ms Pryce, as a palliative care nurse I urge you to vote against the assisted dying bill. Hospices are underfunded and many people do not get the care they need. Fix that first. Regards, Grace Okoro"""),
([], "Sewage", """Dear MP, we walk our dog by the River Sow every day and there is raw sewage in it after every rainstorm. Severn Trent are getting away with murder. Please do something. Kate and Ian Bradley"""),
([], "Water company", """The water company's bosses should be in prison. Our bills went up 30% and they still dump sewage. Nationalise the lot. Mick"""),
([], "Post office", """Dear Dr Chowdhury,

Our village post office is in the back of the Spar and the Spar is closing. The nearest post office will then be four miles away. Many people here don't drive. Please can you talk to Post Office Ltd about an outreach service?

Best wishes,
Christine Abbott"""),
([], "Broadband", """Dear Ms Bailey,

We live 1.5 miles outside Gnosall and still have copper broadband that drops out constantly. I run a business from home. Project Gigabit was supposed to reach us in 2024. Can your office find out when it will happen?

Regards,
Will Hargreaves"""),
([], "Bus service", """Dear Mr Rowe, the 841 is being cut after 6pm. How are young people supposed to get home from college or work? Please help us keep it. Regards, Sophie (17)"""),
([], "Planning application - Hollies Farm", """Dear MP,

I am writing to object to the application for 300 homes on Hollies Farm. The lane is single track and floods every winter. There is no school capacity. I am not against new homes, but this site is wrong. I'd be grateful if you would support the objection.

Yours sincerely,
Roger Bland"""),
([], "Crime", """Dear Mrs Okafor,

Our shed has been broken into three times this year. Last week they took my husband's mobility scooter from the front garden. The police gave us a crime number and never came. We are both in our 80s and frightened. What can be done?

Audrey Tomlinson"""),
([], "Scam", """Hi, I was cold called by someone saying they were from HMRC and that I owed tax and would be arrested. I paid £1,800 in gift cards. I feel so stupid. The bank won't help because I 'authorised' it. Is there anything you can do? Thanks, Dev"""),
([], "State pension age", """Please oppose raising the state pension age to 68. I am a bricklayer, I'm 61, my knees are shot. Not everyone sits at a desk. Colin Fairweather"""),
([], "HS2", """Dear Mr Mason,

HS2 has finally gone through our land after years of disruption. The compensation we were promised for the loss of our paddock is still not paid after four years. I attach the correspondence with HS2 Ltd. Please help.

Yours faithfully,
A. and P. Whitmore"""),
([], "Animal welfare - puppy smuggling", """Dear MP, please support the bill to stop puppy smuggling and the import of dogs with cropped ears. Hundreds of puppies are brought in every week in terrible conditions. Thank you, Ffion"""),
([], "Fox hunting", """The hunt went through our garden last Saturday. The hounds killed our neighbour's cat. Trail hunting is a sham. Please support the ban. Heather Kane"""),
([], "Eurovision", """Dear Ms Hartley, I'm writing to ask whether the UK will host Eurovision again - Liverpool was brilliant and Stafford could host a fan zone! More seriously, the creative industries here need support. Love, Jade x"""),
([], "Price rises", """The weekly shop is up by a third in three years. The government says it's Europe-wide price rises and global factors. That's no comfort to me. I want to know what the government will actually do about food prices. Tina"""),
([], "Thanks to the NHS", """Dear Dr Chowdhury,

Just a note to say how grateful I am to the cardiology team at the County. The surgeon who did my husband's bypass was an Israeli-born consultant who trained in Leeds, and he and his team were wonderful. Please pass on our thanks.

With best wishes,
Margaret and Len Howarth"""),
([], "Litter pick", """Hi! Our army of volunteers collected 84 bags of rubbish on Saturday along the canal. Would you like to join us next month? Also could you ask the council to collect the bags we leave by the bridge, they've been there a week. Cheers, Maddie"""),
([], "War on motorists", """Dear MP, the new 20 mph limits on every road in town are part of this war on motorists. Buses take longer, journeys take longer, and nobody sticks to it anyway. Please get them reviewed. Regards, Keith"""),
([], "Green belt", """Dear Mr Rowe,

I am writing in defence of the green belt between Stafford and Stone. The council's local plan would allocate 2,000 homes to fields that are the only countryside many children here can walk to. Please support our campaign.

Yours sincerely,
Fiona Grey"""),
([], "Veterans' walking football", """Our veterans' walking football club (over-60s!) needs somewhere to play on Tuesday mornings now that the leisure centre has closed the astroturf. Any ideas? Could you ask the council? Thanks, Roy"""),
([], "Armed forces day invitation", """Dear Ms Pryce,

On behalf of Stafford Town Council I am delighted to invite you to our Armed Forces Day celebrations on Saturday 27 June. The parade will form up at 10.30 at the Shire Hall. Please let me know whether you can attend and whether you would like to say a few words.

Kind regards,
Town Clerk"""),
([], "Remembrance", """Dear MP, the Royal British Legion branch would be honoured if you would lay a wreath on Remembrance Sunday at the cenotaph in Victoria Park. The service begins at 10.45. Regards, Frank Tilley, Branch Secretary"""),
([], "Forces pension after divorce", """Dear Dr Chowdhury,

I was married to a serviceman for 19 years. Our divorce settlement gave me a share of his armed forces pension, but Veterans UK have not implemented the pension sharing order after 14 months and keep asking for documents I have already sent. Could you please contact them on my behalf?

Yours sincerely,
Karen Ellis"""),
([], "Veteran - PTSD appointment", """Hello, I'm an ex-Para. Been waiting since March for an Op Courage appointment. I'm not sleeping. GP says there's nothing he can do. Can you help? Dean"""),
([], "Passport", """Dear Mrs Okafor, I applied for a renewal passport seven weeks ago. We are going to a family wedding in Poland on the 14th. The tracker says "we are working on your application". Reference 1234 5678 9012. Please can you help? Thanks, Agnieszka Nowak"""),
([], "EU settled status", """Dear Ms Bailey,

My mother is Portuguese and has lived in Stafford since 2004. She has settled status but the online system shows the wrong passport number and her landlord's check failed. The Home Office helpline says it will take 8 weeks to fix. She may lose her tenancy. Please help.

Regards,
Ana Ferreira"""),
([], "Spanish property", """I bought a house in Spain before Brexit and now I can only spend 90 days in 180 there. I know this is an EU rule now, but is there anything the UK government can do for people in my situation? It's my own case I'm asking about - my visa application was refused by the Spanish consulate. Regards, Terry"""),
([], "Noise", """Dear MP, my neighbours' dog barks all day while they are at work. I've tried talking to them. The council say they need to record it for two weeks. I work nights and can't sleep. Help! Sue"""),
([], "Fly tipping", """There's a pile of rubbish including a fridge dumped in the lay-by on the Newport road. Been there 3 weeks. Who do I report it to that will actually do something? Gary"""),
([], "School place appeal", """Dear Mr Mason,

We moved to Stafford for my husband's job in the RAF at Stafford and my daughter has not been given a place at any of the three secondary schools we listed. She has been offered a school 11 miles away. I understand service families are supposed to have some priority. Could you please support our appeal?

Thank you,
Laura Bennett"""),
([], "Palestinian student fees", """Dear Dr Chowdhury,

I am a postgraduate student from the West Bank at Staffordshire University. Because of the situation my family cannot send money and I owe £6,000 in fees. The university has given me until the end of the month. Is there any fund or scheme that could help me? I don't want to lose my degree.

Many thanks,
Ahmad Saleh"""),
([], "Ukrainian teacher qualification", """Dear Ms Hartley, my wife is a qualified maths teacher from Ukraine. She applied for Qualified Teacher Status six months ago and has heard nothing from the Teaching Regulation Agency. Please can you chase it? Maksym Hrytsenko"""),
([], "Refugee family", """I'm a volunteer with the local refugee support group. One of our families, from Syria, has been told to leave their asylum accommodation within 7 days of getting refugee status. They have nowhere to go. Please could your office help them with the council's homelessness team? They have consented. Thanks, Mary Clarke"""),
([], "Hotel", """Why are there 200 asylum seekers in the hotel on the ring road? Nobody asked the people of Stafford. I want it closed. John"""),
([], "Immigration", """Dear MP,

Net migration is still far too high. I am not racist, my wife is from the Philippines, but our towns cannot absorb these numbers. The government must cut immigration and stop the boats. Please reply personally, not with a form letter.

Yours,
Derek Lomas"""),
([], "Fuel duty", """Please don't put up fuel duty. People in rural areas have no choice but to drive. Thanks, Rob"""),
([], "Cost of living and the war", """My wages haven't gone up in three years but my rent has gone up £200. Everyone blames the war and Putin but landlords are making a fortune. We need rent controls. Please support them. Stacey (Stafford)"""),
([], "Climate letter", """Dear Mrs Okafor,

I am 16 and I worry about the future. All the money is going on weapons and wars while the climate gets worse. I want my MP to vote for climate action, protect nature and stop new oil fields. Please reply.

From Isla, Year 11"""),
([], "Gas prices - industry", """Dear Ms Pryce,

I run a small ceramics firm in Longton. Our gas bill trebled when Russia invaded Ukraine and it's still double what it was. We employ 23 people. Energy intensive industries like ours need the same support as steel. Please raise this.

Regards,
Harpreet Dhillon"""),
([], "Tax on pensions", """I'm worried about rumours the budget will cut tax-free pension lump sums. I've planned for years around it. Please tell the Chancellor to leave pensions alone. Robert"""),
([], "Hospice", """Dear MP, Katharine House Hospice is cutting beds. My mother died there and the care was amazing. Please make sure hospices get more funding. Thank you. Dawn"""),
([], "Dentist", """Hello, I have been trying to find an NHS dentist for 2 years. I broke a tooth and the nearest emergency appointment is in Birmingham. Is this the NHS now? Jack"""),
([], "Junior doctors", """Dear Dr Chowdhury, as a resident doctor I wanted to explain why we are striking. Pay has fallen by a fifth in real terms since 2008. Please support a fair settlement. Dr Zainab Hussain"""),
([], "Nurses", """I'm a nurse on a medical ward at the County. We are short of 6 staff on most shifts. Patients are in corridors. Please, please tell the health secretary what it's actually like. Siobhan"""),
([], "Mental health", """Dear MP, my brother took his own life last year after being turned away by the crisis team twice. I want to know what is being done about mental health crisis services in Staffordshire. I'd like to meet you. Ellie Matthews"""),
([], "Autism", """My daughter has been on the waiting list for an autism assessment for three years. She's struggling at school and has been excluded twice. Everyone says they can't help without a diagnosis. What can I do? Julie"""),
([], "Care", """Dear Mr Rowe,

My dad has dementia and the council have assessed him as needing care four times a day but the agency can only offer two visits. He fell twice last week. I live 80 miles away. Can you please press the council to find a proper care package?

Thank you,
Andrea Cole"""),
([], "Carer's allowance overpayment", """Dear Ms Hartley, I've been told I owe £9,400 in Carer's Allowance because my wages went a few pounds over the limit some weeks. Nobody told me for five years. I care for my disabled son. I can't pay this. Please help. Michelle"""),
([], "Two child limit", """Please vote to scrap the two child limit. I'm a mum of three and work full time and still can't make ends meet. Thanks, Jade"""),
([], "Farm inheritance tax", """Dear MP, my family have farmed near Eccleshall for five generations. The inheritance tax changes mean my son may have to sell half the farm when I die. This is an attack on family farms. Please oppose it. Tom Brassington"""),
([], "Leasehold", """My service charge has gone up from £1,200 to £3,400 this year with no explanation. The managing agent won't reply. Please help me. Flat 4, Riverway. Ben"""),
([], "Damp", """Dear Mrs Okafor,

We have had damp and mould in our council flat for two years. My baby keeps getting chest infections. The council sent someone who said open the windows. It is January. Please help us.

Aisha Begum"""),
([], "Eviction", """Dear MP, our landlord is selling and has given us two months' notice. We have two kids at school here. Every rental we look at has 40 people applying. The council says come back when we're homeless. What can we do? Nathan and Chloe"""),
([], "Trident Housing repairs", """Dear Ms Bailey,

I am a tenant of Trident Housing Association. My bathroom ceiling collapsed three weeks ago and I still have no repair. I am disabled and can't use the bath. Can your office contact them please?

Regards,
Marjorie Flint"""),
([], "Library", """Dear MP, please help save Gnosall library. It is in defence of children's reading and older people's company that I ask. The council wants to make it volunteer-run. Regards, Ruth Ambler"""),
([], "Youth services", """There's nothing for teenagers to do in Rugeley. The youth centre has gone, the leisure centre is too expensive. Then people complain about gangs. Please fund youth workers. Alex"""),
([], "Knife crime", """Dear Mr Mason, a boy was stabbed outside the chip shop near my house. My kids are scared to walk home. We need police back on the streets. Regards, Sonia Patel"""),
([], "Phones in schools", """Please support a law banning smartphones in schools. My 12-year-old is on her phone till midnight. Schools need backing. Thanks, Jenny"""),
([], "Online abuse", """Dear MP, my daughter has been bullied online by anonymous accounts. The police say it's not a crime. The platforms do nothing. Please push for the Online Safety Act to be enforced properly. Louise"""),
([], "Digital ID", """I do not consent to a digital ID. This is a surveillance state. Please vote against it. P. Higgins"""),
([], "Licence fee", """The BBC licence fee is a tax on pensioners. Scrap it. Doug"""),
([], "Gambling", """Dear Ms Pryce, my husband lost our savings on online slots. I want the stake limits lowered further and gambling advertising banned. Please help families like ours. Name withheld"""),
([], "Vapes", """The vape shops on our high street are selling to kids. Please push for tougher enforcement. Wendy"""),
([], "Student loan", """Dear MP, I'm a teacher and my student loan balance is higher now than when I graduated, despite paying every month. Please support reform of Plan 2. Thanks, Hannah"""),
([], "Nursery", """Dear Dr Chowdhury, there are no nursery places for under-twos in Stone for the new free hours. I'm due back at work in March. What are my options? Katie"""),
([], "School building", """Dear Mr Rowe, St Leonard's Primary has RAAC in the roof and the children are in temporary classrooms for a second year. When will it be rebuilt? Regards, PTA Chair"""),
([], "VAT on private schools", """Dear MP, my son's small private school for children with dyslexia is closing because of VAT. He has no state school place that can meet his needs. Please reconsider this policy. Regards, Claire Fenton"""),
([], "Employment rights", """Please make sure the Employment Rights Bill isn't watered down. I've been on zero hours for three years. Thank you, Dylan"""),
([], "Small business", """Dear MP, the increase in employer's National Insurance has cost my bakery £14,000 a year. I've had to cut hours for my staff. Please tell the Chancellor small businesses can't take any more. Regards, Sarah Bell, Bell's Bakery"""),
([], "Pub", """The Red Lion closed last month after 200 years. Business rates and energy bills killed it. Please support pubs. Regards, Den"""),
([], "Sudan", """Dear Ms Hartley,

I am British Sudanese. My family in El Fasher have been under siege for over a year. The RSF are killing people for their ethnicity. The world is silent. Please ask the government to push for a ceasefire in Sudan and much more aid.

Yours,
Dr Mohammed Elhassan"""),
([], "Hong Kong", """Dear MP, as a Hong Konger who came on the BN(O) visa, I'm worried about changes to the settlement rules - please make sure the five year route to settlement is protected for us. Thank you, Wong Ka Ho"""),
([], "China", """The new Chinese embassy is a security risk. Please oppose it. Trev"""),
([], "Aid cuts", """Dear Mr Mason, please oppose the cuts to overseas aid. Britain should be proud to help the poorest people in the world. Regards, Revd Tim Hargreaves"""),
([], "Kashmir", """Dear MP, I'm a British Kashmiri. Please raise the human rights situation in Indian-administered Kashmir with the Foreign Secretary. Regards, Tariq Mahmood"""),
([], "Afghanistan", """Dear Ms Pryce, Afghan girls are banned from secondary school. Please press the government to support education for Afghan girls and women. Thanks, Susan"""),
([], "Surgery appointment", """Could I have an appointment at your next surgery please? It's about my late husband's estate and a problem with the bank. Mrs Evans"""),
([], "Tour", """Hi, my son is doing a project on Parliament, would it be possible to arrange a tour in the Easter holidays? Four of us. Thanks, Lisa"""),
([], "Work experience", """Dear Ms Bailey, I'm a Year 12 student at King Edward VI and I'm interested in politics. Could I do a week of work experience in your office this summer? Thank you, Arjun"""),
([], "School visit", """Dear Dr Chowdhury, Year 5 at Castlechurch would love you to visit and answer their questions. They have written you letters asking about everything from the playground to what an MP does all day. Would any date in May work? Mrs Holland"""),
([], "Charity", """We're running a charity auction for the children's ward at Royal Stoke. Could you donate a signed item or a tour of Parliament? Thanks so much, Becky"""),
([], "Congratulations", """Congratulations on your appointment to the select committee. Well deserved. Geoff"""),
([], "Useless", """Three emails and not a single reply. What exactly do you do? Useless."""),
([], "Change of address", """Please update my address for my open case (ref CAS-448210) - I've moved to 12 Oak Close, Stafford ST17 9PJ. Thanks, Rebecca"""),
([], "Chamber of commerce", """Dear MP,

You are invited to the Staffordshire Business Awards on 14 November at the County Showground. This year's categories include manufacturer of the year, exporter of the year and the new defence and aerospace supply chain award. Carriages at midnight.

Kind regards,
Events team, Staffordshire Chambers"""),
([], "Football club", """Our club's defence was shocking on Saturday, but that's not why I'm writing! The club's ground is being sold by the owners for housing. Please support the supporters' trust bid to save Rowley Park. Cheers, Lee"""),
([], "Self-defence", """Dear MP, after two assaults on women near the station, we started free self-defence classes at the community centre. But we really need better lighting on the footpath. Please help. Joanne"""),
([], "Court delays", """The man who burgled our home has had his trial put back to 2027. We can't move on. Please ask what's happening with court backlogs. Steve and Mel"""),
([], "Neighbour", """My Russian neighbours are lovely people but their son runs a car repair business from the drive and it's noisy all day. The council won't act. Can you help? Mrs Keane"""),
([], "Polish shop", """Dear Ms Hartley, I run a Polish deli and the council has refused our pavement licence for two tables outside even though the café next door has four. Please help. Pawel Kaczmarek"""),
([], "Synagogue", """Dear Mr Rowe, our small synagogue needs a security fence following threats. The security grant scheme doesn't cover it fully. Could you advise who we should approach? Regards, David Rosen"""),
([], "Mosque", """Dear MP, you are warmly invited to our community iftar at Stafford Mosque during Ramadan. It would be a pleasure to welcome you. Regards, Mr Yusuf Patel"""),
([], "Islamophobic abuse", """Dear Dr Chowdhury, my wife had her hijab pulled in the town centre on Saturday and was called a terrorist. The police took a statement and we haven't heard back. Please can you ask them to update us? Hamza Iqbal"""),
([], "Cancelled holiday", """Our flight to Cyprus was cancelled and the airline won't refund. £1,400. Please help. Terry and Sue"""),
([], "GHIC", """My GHIC card has expired and I'm going to Spain next week. The website keeps crashing. What should I do? Pauline"""),
([], "Gap year", """My daughter is doing a gap year in Italy as an au pair and the Italian authorities are demanding a visa we didn't know she needed. Is there anyone at the embassy who can help? Thanks, Helen"""),
([], "US tariffs", """Dear MP, American tariffs on pottery have cut our orders by half. Please ask the government to get ceramics exempted. Regards, Wedgwood worker"""),
([], "Steel", """Please make sure British Steel stays open. My dad worked there 30 years. Thanks, Callum"""),
([], "Bins", """Our bins haven't been emptied for three weeks. It's disgusting. Brian"""),
([], "Parking fine", """I got a £100 fine from a private car park for paying with the wrong registration. One letter wrong! They refuse my appeal. Please help. Ann"""),
([], "Blue badge", """Dear MP, my mum has terminal cancer and was refused a blue badge. We can't park near the hospital. Please help us appeal. Thank you, Sarah"""),
([], "Infected blood", """Dear Ms Pryce, I am an infected blood victim with hepatitis C. I have still not received an offer from the compensation authority. I'm 71. Please push for faster payments. Regards, Raymond"""),
([], "Horizon", """Dear MP, I'm a former sub-postmistress. My Horizon compensation claim has been stuck for 18 months. Please help. Janet Platt"""),
([], "Miners' pensions", """Please support returning the BCSSS reserve to members. We worked for it. Regards, former NCB clerk"""),
([], "Hospital parking", """Parking at Royal Stoke is £4.50 for two hours. My husband has dialysis three times a week. Please campaign for free parking for patients like him. Maureen"""),
([], "Maternity", """Dear Dr Chowdhury, I want to share my experience of maternity care at the County, which was frightening, and ask you to support the call for a national maternity inquiry. Regards, Emily"""),
([], "Medicine shortage", """My HRT has been out of stock for a month. Pharmacies say it's a national shortage. What is the government doing? Thanks, Bev"""),
([], "Heat pump grant", """The boiler upgrade grant doesn't cover the cost of a heat pump for our Victorian house. Please push for more help for older homes. Mark"""),
([], "EV charging", """Dear MP, there's one public charger in our village and it's been broken since May. Who is responsible? Dr Alan Pryor"""),
([], "Cycle lane", """Please get the council to fix the cycle lane on the Lichfield Road, it's full of potholes and glass. Ruth"""),
([], "PR", """Please support proportional representation. First past the post is unfair. Robin"""),
([], "Lords", """Abolish the House of Lords. Sam"""),
([], "Second jobs", """Dear MP, do you have any second jobs? I think MPs should be banned from them. Regards, Frank"""),
([], "Reform", """I'm voting Reform because you lot have done nothing about immigration. Mick"""),
([], "Church roof", """Dear Ms Hartley, thieves stole lead from St Chad's roof again. The insurance won't pay a third time. Is there any heritage funding? Revd Paul Ainsworth"""),
([], "Car meets", """There are car meets at the retail park every Sunday night with cars racing. Someone will be killed. Please push the police to act. Sheila"""),
([], "Water outage", """We've been without water for two days in Weston Road. Please contact South Staffs Water. Thanks, Imogen"""),
([], "Bank closure", """The Barclays in Stone is closing. Where do we go now? Please support a banking hub. Ron"""),
([], "Rural crime", """Dear MP, our farm has been targeted by thieves three times this year, they took a quad and tools. Please ask for more rural police. Regards, Bill Harding"""),
([], "Badgers", """Please end the badger cull. Thank you. Sue Ward"""),
([], "River pollution", """Dear Mr Mason, chicken farms upstream are poisoning the River Wye with phosphate. Please support tougher regulation. Regards, Andy"""),
([], "Allotments", """The allotment waiting list is 5 years. Can you ask the council to open new plots? Thanks, Mo"""),
([], "Postal vote", """My postal vote didn't arrive for the by-election. I want to know why. Graham Peters"""),
([], "Prisons", """Dear MP, I'm a prison officer. We were assaulted 3 times last month on my wing. Please raise the crisis in our prisons. Gary"""),
([], "Early release", """The man who attacked my son was released early under the new scheme and nobody told us. Please find out why. Carol"""),
([], "Jury trials", """Please vote against restricting jury trials. Regards, retired magistrate"""),
([], "Call me", """Please can someone ring me about my housing case, I've been waiting weeks. 07712 345678. Thanks Leanne"""),
([], "Councillor", """Who is my councillor? I live on Peel Terrace. Thanks"""),
([], "Grandmother from Zaporizhzhia", """Dear Ms Bailey,

My wife is Ukrainian. Her grandmother is 84 and alone in Zaporizhzhia, where there is shelling every night. The family scheme is closed. We don't know which visa to apply for. Could your caseworkers advise us what route might work for her? We would pay for everything.

Regards,
Stephen Kirk"""),
([], "Israeli fiancé visa", """Dear MP, my fiancé is Israeli and his visa application has been pending 16 weeks. Our wedding is booked. Please could you enquire? Ref GWF081122334. Thank you, Sophie Lang"""),
([], "Cafe vandalised", """Dear Dr Chowdhury, my family runs a Lebanese restaurant. Someone smashed our window last week. The police have not followed up. We just want to feel safe. Please could you chase them? Karim Haddad"""),
([], "Job centre", """I'm 58 and have applied for hundreds of jobs. The job centre keeps telling me to update my CV. I need real help. Can you help me? Graham"""),
([], "Apprenticeship", """My son wants an engineering apprenticeship but there are none round here. Please push for more. Thanks, Sue"""),
([], "Military wives choir", """Dear MP, you're invited to our Christmas concert with the Military Wives Choir at St Mary's, 12 December at 7pm. It's for the hospice appeal. Best, Sandra"""),
([], "Cadet hut", """Our Army Cadet detachment has lost its hut. The kids meet in a car park. Do you know of any community space we could use? Thanks, Staff Sergeant (retd) Mike Hall"""),
([], "Poppy appeal", """Would you be able to help with the Poppy Appeal collection at the station on 8 November? An hour of your time would be wonderful. Regards, Joan"""),
([], "Nuclear power", """Please support the new nuclear power station at Wylfa and SMRs. We need clean reliable energy. Thanks, Hywel"""),
([], "Solar farm", """Dear MP, please object to the solar farm at Hopton. It'll cover prime farmland in panels. Regards, Farmer Giles"""),
([], "Wind", """I'd like to see community-owned wind turbines in Staffordshire. Please support changes to planning rules to make this easier. Olivia"""),
([], "Trains", """Dear Mr Rowe, the train from Stafford to Birmingham was cancelled five times last week. I'm going to lose my job. Regards, Emma"""),
([], "Driving test", """My son can't get a driving test anywhere within 50 miles for 6 months. Please raise it. Julie"""),
([], "HMRC", """Dear MP, HMRC have sent me a bill for £3,200 for a tax year I was unemployed. I can't get through on the phone. Please help. Steve"""),
([], "CMS", """My ex owes £7,000 in child maintenance and CMS won't enforce it. Please help. Jess"""),
([], "Infrastructure", """The new estate off the A518 has no GP surgery, no shop and no bus, but 800 houses. Who planned this? Please help get the developer to deliver what they promised. Mark"""),
# ---------------------------------------------------------------- more topic letters (harder phrasing)
([D], "Housing - and the covenant", """Dear Ms Hartley,

I'm a veteran (14 years, Mercian Regiment) and I've been through the council housing system myself, so I know how it fails people like me. I'm housed now, thank you, but I'm writing because I read you want to put veterans' rights to public services into law. Please do it. A legal duty would have saved me two years of sofa surfing. I'd be happy to give evidence.

Regards,
Carl Brindley"""),
([U], "Our guests and the scheme", """Dear Mr Mason,

Our Ukrainian guests are settled and we need nothing for them personally. But I want to say the policy is wrong: people who came under the Ukraine schemes still cannot count their time here towards settlement. The government should change this for everyone on the schemes. Please raise it.

Regards,
Jill Tennant"""),
([U], "Putin", """Dear MP, the man is a war criminal. Every time the West blinks he advances. Please support giving Kyiv everything - jets, long range missiles, the lot - and tighten the oil price cap. From a worried grandad, Derek"""),
([U], "The frozen billions", """Dear Ms Pryce,

Why does Britain still hold £25bn of Russian central bank money while asking British taxpayers to fund Ukraine's defence? Transfer it. Let Moscow sue.

Yours,
Ivan Petrov"""),
([G], "7 October and after", """Dear Dr Chowdhury,

I was horrified by the massacre of 7 October and I have been horrified by what has followed. Both things can be true. I would like you to support an end to the killing in Gaza, the release of everyone held hostage, and a serious peace process leading to a Palestinian state alongside Israel.

Regards,
Alison Greaves"""),
([G], "Our pension fund", """Dear MP, my local government pension fund invests in companies that supply Israel's military. I'd like the government to issue guidance that public pension funds should divest from firms complicit in the occupation and the war on Gaza. Regards, Dr Nadia Ali"""),
([G], "Occupation", """The occupation of Palestinian land has to end. Israel is annexing the West Bank while everyone looks at Gaza. Sanction the settlers and ban settlement goods. Seamus"""),
([G], "Lebanon and Syria", """Dear Mr Rowe, I'm concerned about Israel's continued bombing of Lebanon and its occupation of parts of southern Syria. I want the UK to call out breaches of international law by our allies as firmly as by our enemies. Regards, Helen Naylor"""),
([D], "Spending plans", """Dear Mrs Okafor,

We're told defence will rise to 2.6% by 2027 and maybe 3.5% in the 2030s. Russia isn't waiting till the 2030s. I'd like you to press for the increase to be front-loaded, with the money going to munitions and air defence for the UK itself - we have almost none.

Regards,
Gordon Kerr"""),
([D], "The Bomb", """Dear MP, I'm 19 and I don't understand why we're spending billions on the bomb. Nuclear weapons don't stop drones or cyber attacks. Please vote against Trident. Thanks, Mia"""),
([D], "Service pensions", """Dear Ms Bailey,

Widows of servicemen who remarry or cohabit lose their forces pensions under the pre-2005 schemes. This is not my own case - I'm writing on behalf of our branch of the War Widows' Association. It is unjust and I'd like you to press the MoD to restore these pensions for everyone affected.

Yours faithfully,
Mrs Patricia Lowe"""),
([E], "Brussels", """Dear Mr Mason, I'd like to know whether Labour will ever put closer ties with Brussels to the public. Single market membership would help my haulage firm enormously - lorries sitting at Calais cost me thousands a week. Please push for it. Regards, Phil Barker"""),
([E], "Young Europeans", """Dear Ms Hartley, my students have never known freedom of movement. Please back a youth experience scheme and cheaper fees for UK students at EU universities. Regards, Ms Costa (languages teacher)"""),
([E], "The Withdrawal Agreement and citizens", """Dear MP,

I'm writing as chair of a local EU citizens' group. We'd like the government to give every EU citizen with settled status a physical document, and to stop people losing rights because of late applications. This affects thousands of our members. Please raise it with the Home Office and in the UK-EU talks.

Regards,
Marta Kowalczyk"""),
([U, D], "Britain's readiness", """Dear Mr Rowe, Ukraine shows a modern war burns through artillery shells by the million. We can't make enough for ourselves, let alone for Kyiv. Please press ministers to build new munitions plants and sign long-term orders so we can keep Ukraine supplied AND refill our own stocks. Regards, Ken Holloway"""),
([G, U], "Visa schemes", """Dear Ms Pryce, I supported Homes for Ukraine and hosted a family myself. Why is there no equivalent for Palestinians fleeing Gaza? I'd like you to press the government to open a family reunion route for Gazans with relatives here, as was done for Ukraine, and to keep the Ukraine schemes open too. Regards, Fiona Watts"""),
]
