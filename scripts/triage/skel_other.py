"""Hand-written letter skeletons for mail with no policy topic ("other"): casework, local issues, other
national policy, invitations, and letters that mention war, Russia, Ukraine, Israel, the EU, the army or
veterans only in passing (the labelling rule in templates/training/README.md makes those "other")."""

OTHER = r"""
=== 3 short | Pothole on {street} || Potholes || Dangerous road surface
There is a huge pothole outside {house} {street}, {town}. It has been there for {weeks} weeks and {council} have done nothing despite three reports. My {rel} burst a tyre on it last {weekday}. Can you please chase this up?
=== 2 short | Road repairs || Potholes again || State of the roads
The roads in {town} are a disgrace. Potholes everywhere, patched badly and back again a month later. What is the point of paying road tax? Please get {council} to do its job.
=== 3 | Hospital waiting list || Waiting for surgery || NHS waiting times
My {rel} has been waiting {weeks} weeks for a hip replacement at {hospital}. {Their|His|Her} pain is now so bad that {they can|he can|she can} barely walk and {they have|he has|she has} had to give up work. Every time we ring we are told there is no date.

Is there anything you can do to find out when the operation will happen? I have attached the referral letter. NHS number available on request.
=== 3 short | GP appointments || Can't get a GP appointment || GP surgery
I have been trying to get a GP appointment for three weeks. You ring at 8am, you're 30th in the queue, and by the time you get through they're all gone. This is not acceptable. What is being done about GP access in {town}?
=== 2 | Housing disrepair || Damp and mould in my flat || Housing association won't fix repairs
I rent from {a housing association|the council|Trident Housing|a private landlord} and for {n2} months there has been black mould in my children's bedroom. My youngest has asthma and has been to hospital twice. I have reported it over and over. They send someone to paint over it and nothing changes.

After Awaab's Law I thought things were meant to get better. Please can you help me?
=== 2 short | Council tax || Council tax increase || Council tax bill
My council tax has gone up again by nearly 5%. {For what?|The bins are collected fortnightly and the library has closed.|I'm a pensioner and I can't afford it.} Why does {council} keep putting it up while services get worse?
=== 1 | Council tax band || Council tax banding appeal || Wrong council tax band
I believe my property has been placed in the wrong council tax band. Identical houses on {street} are in band B and mine is in band D. The Valuation Office Agency has rejected my challenge without explanation. Could you please take this up with them for me? My reference is {ref}.
=== 3 | Universal Credit || UC payment stopped || Universal Credit sanction
My Universal Credit has been stopped because they say I missed an appointment. I did not get any letter or message on my journal about the appointment. I have {n2} children and now I have no money for food or electricity. I have asked for a mandatory reconsideration but they say it could take weeks.

Please help. My reference is {ref}.
=== 3 | PIP assessment || PIP decision || Personal Independence Payment
I have {multiple sclerosis|fibromyalgia|COPD|bipolar disorder|epilepsy|severe arthritis} and I was on the enhanced rate of PIP for years. After my latest assessment, which lasted twenty minutes on the phone, I was awarded zero points. The report says things I never said.

I am appealing but the tribunal waiting list is months long. I would be grateful if you could write to the DWP on my behalf.
=== 2 | PIP cuts || Disability benefit cuts || Welfare reforms
I am writing to oppose the government's cuts to disability benefits. Tightening the PIP criteria will push hundreds of thousands of disabled people into poverty. I receive PIP myself and it is what allows me to work part time. Please vote against these changes.
=== 2 | School place || Secondary school admission || No school place for my child
My {son|daughter} has been offered a place at a school {n2} miles away, with no direct bus, instead of {school}, which is at the end of our road and where {his|her} {brother|sister} already goes. We have appealed. Could you support our appeal or advise us what else we can do?
=== 3 | SEND support || EHCP delay || Special educational needs
My {son|daughter} is autistic and has been waiting over {weeks} weeks for an EHCP assessment. The legal limit is twenty weeks. {His|Her} school cannot meet {his|her} needs and {he|she} is now out of school most days. The local authority does not answer emails.

I am at breaking point. Please can you intervene with {council}?
=== 2 | SEND reforms || Don't remove EHCP rights || Changes to SEND
I have read reports that the government may limit the legal rights of children with special educational needs to Education, Health and Care Plans. Without our son's EHCP he would not be in school. I urge you to oppose any weakening of these rights.
=== 3 | Spouse visa || Visa application delay || Home Office delay
My {wife|husband} applied for a spouse visa {weeks} weeks ago and we have heard nothing from the Home Office. The service standard is twelve weeks. We have been apart for over a year. The reference number is {ref}. Could you please make an enquiry for us?
=== 3 | Homes for Ukraine visa || Visa for my Ukrainian guest || Ukraine scheme application stuck
I am a sponsor under Homes for Ukraine. The {mother and daughter|family|young couple} I am sponsoring applied {weeks} weeks ago and the application is still pending, while they wait in a rented room in {Poland|Moldova|Lviv|Romania}. Other applications made at the same time have been approved. Their reference is {ref}.

Please could your office contact UK Visas and Immigration about this case?
=== 2 | Ukrainian family - housing || Help for a Ukrainian family || Housing for our Ukrainian guests
The Ukrainian family who have been living with us for two years need to move into their own home, as my husband is seriously ill. They are on the council's housing list but have been told they are not a priority. Both parents work. Could you please ask {council} to look at their case? They have given consent for me to write.
=== 2 | Permission to extend - Ukraine || Ukraine Permission Extension || My Ukrainian visa extension
I am Ukrainian and came here in 2022. I applied for the Ukraine Permission Extension {weeks} weeks ago and have not had a decision. My visa has now expired and my employer says they cannot keep me on without proof of my status. My reference is {ref}. Please can you help me?
=== 2 | Family visa from Gaza || My family in Gaza - visa || Visa for my mother in Gaza
My {mother|parents|sister and her children} are in Gaza. I am a British citizen and I have applied for a family visa for them. The application cannot proceed because they cannot reach a visa centre to give biometrics. Could your office please contact the Home Office and ask them to defer the biometrics requirement in this case? The reference is {ref}.
=== 1 | Visitor visa refused || West Bank visitor visa || Visa refusal for my father
My father lives in {Ramallah|Nablus|Bethlehem|Hebron} and was refused a visitor visa to attend my graduation. The refusal says he may not return, but he has a house and a business there and has visited twice before. I would be grateful if you could ask the Home Office to review the decision.
=== 2 | Energy bills || Can't afford my energy bill || Energy prices
My {energy supplier|direct debit} has gone up to {amount} a month. I am a {widow|pensioner|single mum|carer} and I simply cannot pay it. Prices have never come down properly since the war in Ukraine sent them through the roof. What is the government going to do about standing charges?
=== 2 | Standing charges || Energy standing charges || Prepayment meter
I have a prepayment meter and the standing charge means I pay even when I can't afford to put the heating on. It is a tax on the poor. Please support scrapping standing charges.
=== 3 camp | Climate emergency || Climate action now || The climate crisis
I am writing as a constituent deeply worried about the climate crisis. Last year was the hottest on record. Floods, wildfires and heatwaves are becoming normal.

I urge you to support the Climate and Nature Bill, to oppose new oil and gas licences in the North Sea, and to press for properly funded home insulation. {The war in Ukraine showed how dangerous our dependence on fossil fuels is.|Energy security and climate action go together.|} We cannot afford to wait.
=== 2 | Climate and energy security || Insulate Britain's homes || Green energy
Since Russia invaded Ukraine, energy bills have soared and families like mine have struggled. The answer is to get off gas: insulate homes, build renewables, and support heat pumps. Please support a national home insulation programme. It would cut bills and carbon at the same time.
=== 2 camp | Animal welfare || Ban trail hunting || Fox hunting
I am writing to ask you to support a full ban on trail hunting, which is being used as a smokescreen for illegal fox hunting. {The League Against Cruel Sports|Animal welfare groups} have documented hundreds of incidents. Please support the government's commitment to ban it and make sure the law is watertight.
=== 2 | Puppy farming || Dog breeding || Pet theft
Please support stronger laws against puppy farming and pet theft. Our dog was stolen from our garden last year and has never been found. The penalties are pathetic.
=== 1 | Live animal exports || Animal welfare at slaughter || Non-stun slaughter
I would like you to support an end to the cruelty of non-stun slaughter and stronger enforcement of animal welfare standards in slaughterhouses, including CCTV.
=== 2 | Bus route cut || The {bus} bus || Bus service
The {bus} bus, which is the only service from our village into {town}, is being cut to two a day from next month. Many older people don't drive and rely on it to get to {hospital} and the shops. Please can you talk to the operator and {council}?
=== 2 | Planning application || Housing development || Objection to planning application
I am writing to ask for your support in opposing the planning application for {120|250|400|65} houses on the fields off {street}. The roads cannot cope, the GP surgery is full and the school is oversubscribed. This is greenfield land and the defence of the green belt should matter to all of us.
=== 2 | Antisocial behaviour || Crime in {town} || Police presence
There has been a spate of car break-ins and antisocial behaviour on {street}. Youths on e-bikes are intimidating residents and the police do not come when called. We never see a police officer on foot. Could you please raise this with the Chief Constable?
=== 1 | Shoplifting || Retail crime || Shop theft
I run a small shop in {town} and we are being robbed almost every day. The police say they haven't got the resources. My staff are scared. What is the government doing about shoplifting?
=== 2 | Scam || I have been scammed || Bank fraud
My {mother|father|aunt}, who is {age}, was scammed out of {amount} by someone pretending to be from {her|his} bank. The bank refuses to refund it. Can you please help us take this up with the bank and the Financial Ombudsman?
=== 3 camp | WASPI || Compensation for WASPI women || State pension age injustice
I am one of the 3.6 million women born in the 1950s who were not properly told about the rise in our state pension age. The Parliamentary Ombudsman found maladministration and recommended compensation. The government has refused.

I ask you to support fair and fast compensation for WASPI women. Many of us have already died waiting.
=== 2 | State pension || State pension age || Pension increase
I am {age} and have worked since I was fifteen. Now I am told I have to wait until 67 for my state pension, and there is talk of 68 or 70. My body is worn out. Please oppose any further rise in the state pension age.
=== 2 | Winter fuel payment || Winter fuel allowance || Pensioners' winter fuel
I lost my winter fuel payment and I am {age}. I am just above pension credit level. This decision was cruel. I want you to know how angry I am.
=== 2 camp | Assisted dying || Terminally Ill Adults Bill || Assisted dying bill
I am writing to ask you to {support|oppose} the Terminally Ill Adults (End of Life) Bill.
{I watched my mother die in terrible pain despite the best palliative care. Terminally ill adults of sound mind should have the choice of an assisted death, with strong safeguards.|I am worried that vulnerable and disabled people will feel pressured to end their lives, and that palliative care is so underfunded that this is not a free choice.}
Please tell me how you intend to vote.
=== 1 | HS2 || HS2 cancellation || HS2 compensation
HS2 has wrecked the countryside around {town} for years and now half of it has been cancelled. We were compensated for nothing. I would like to know what is happening to the land that was taken and when the construction traffic will stop.
=== 3 camp | Sewage in our rivers || Water companies || Stop sewage dumping
Water companies dumped raw sewage into our rivers and seas hundreds of thousands of times last year, while paying their executives millions in bonuses and their shareholders billions in dividends.

I urge you to support bringing water back into public ownership, ending bonuses for polluting bosses, and giving the regulator real teeth. Our rivers are not open sewers.
=== 2 | Water bill || Water bill increase || Thames Water
My water bill has gone up by {20|25|30|40}%. We are being held hostage by a water company that has failed for years. Why should customers pay for their debts? Please support public ownership.
=== 2 | Post office closure || Our post office || Save our post office
Our post office on {street} is due to close. It is the only one in the area and older people use it for banking and pensions. Please will you help us campaign to keep it open?
=== 2 short | Broadband || Rural broadband || No fibre
We still have broadband speeds of 2Mbps in our village. My children can't do homework and I can't work from home. Openreach keep saying next year. Can you help?
=== 2 | Mobile signal || Phone mast || 5G mast planning
A 5G mast is planned right outside the primary school on {street}. Residents were not consulted. I would like your help in objecting to it.
=== 2 | Veteran needing housing || Housing for a veteran || Veteran - council housing
I served {years} years in the army, including two tours of Afghanistan. Since my marriage broke down I have been sofa surfing. The council says I am not in priority need. The Armed Forces Covenant is supposed to mean something. Please can you help me get housed? I have attached my discharge papers.
=== 2 | My son needs a council flat || Housing for my son || Housing list
My son is a soldier, based at {Catterick|Tidworth|Donnington|Stafford barracks|Colchester} at the moment, but he wants to come home to {town} when he leaves in {month} and has a little girl. He has been told by {council} he cannot go on the housing register until he is out. Could you please help him get a council flat?
=== 2 | Veteran's pension problem || Armed forces pension error || War pension claim
My {husband|father} served in the RAF for 22 years. Since he died in {month}, I have been trying to get his forces pension transferred to me. Veterans UK keep losing the paperwork. It has now been {weeks} weeks. Please help. Service number and reference available.
=== 2 | Veteran GP registration || Veterans' health || Veteran waiting for PTSD treatment
I am a veteran and I have been waiting {weeks} weeks for an Op Courage assessment. My GP says it's out of their hands. I'm struggling day to day. Please can you chase this for me? I'm not after anything special, just the appointment I was promised.
=== 2 short | Armed Forces Day || Invitation: Armed Forces Day in {town} || Armed Forces Day parade
We would be delighted if you could attend our Armed Forces Day event in {town} market square on {weekday} {day} {month}, from 11am. There will be a parade by the local cadets and the Royal British Legion. Please let us know if you can come.
=== 2 | Remembrance Sunday || Road closure for Remembrance || Poppy Appeal
On behalf of the {town} branch of the Royal British Legion, I would like to invite you to lay a wreath at the war memorial on Remembrance Sunday. We also wanted to raise the problem that {council} are now charging us for the road closure, which they never did before. Could you help?
=== 2 | Army of volunteers || Community litter pick || Thank you for visiting
Thank you for visiting our community garden last month. Our army of volunteers has now planted over two hundred trees! We would love you to come back for our litter pick on {day} {month}. We could also do with some help getting {council} to empty the extra bins.
=== 2 | War on motorists || ULEZ || Low traffic neighbourhood
This government's war on motorists has to stop. Twenty mile an hour limits, low traffic neighbourhoods, speed cameras everywhere and now talk of pay per mile. Some of us need our cars to get to work. Please stand up for drivers.
=== 1 | 20mph || Speed limits || Road safety on {street}
Cars race down {street} at fifty miles an hour. There have been two accidents this year. Could you ask {council} for speed bumps or a camera before a child is killed?
=== 2 | Eurovision || Eurovision ticket || BBC and Eurovision
Not a serious matter compared to most of your post, but I wanted to complain that the BBC wasted licence fee money on its Eurovision coverage again. Why do we keep entering if we always come last? Perhaps the money could go to local radio instead.
=== 2 | Food prices || Cost of living || Food bank
Europe-wide price rises are one thing, but supermarkets here are making record profits while my weekly shop has doubled. I now use the food bank at {Christ Church|the Salvation Army|St Mary's}. Please support a windfall tax on supermarket profits or a cap on basic food prices.
=== 2 | Thank you - {hospital} || Surgeon at {hospital} || Praise for NHS staff
I wanted to write to say thank you to the team at {hospital}. My {rel} had emergency surgery last month and the care was outstanding. The Israeli-born surgeon who operated, Dr {surname}, and the nurses on ward {n2} were wonderful. Please pass on my thanks to the Health Secretary and make sure the hospital gets the funding it deserves.
=== 2 | Cost of living || Prices || Struggling to get by
Between Brexit, Covid and the war, everything costs more and wages haven't kept up. My rent is {amount} a month. My kids go without. I'm not asking for a handout, I'm asking for some help with childcare costs so I can work more hours. Please support extending free childcare to universal credit families.
=== 2 | Council tax and Brexit || Council spending || Council tax - where does it go
My council tax has gone up again and the bins are collected every three weeks. The council blames Brexit, inflation, the government, everyone but themselves. I would like you to ask them to publish exactly where the money goes.
=== 2 | Dentist || NHS dentist || No NHS dentist
There are no NHS dentists taking patients within {n2}0 miles of {town}. My child has toothache and we've been told to go to A&E. This is a scandal. What are you doing about NHS dentistry?
=== 2 | Ambulance wait || Ambulance response times || My father waited hours for an ambulance
My father, {age}, fell at home and waited {n2} hours for an ambulance lying on the kitchen floor. When he got to {hospital} he spent the night on a trolley in a corridor. I want to know what is being done about ambulance handover delays.
=== 2 | Cancer diagnosis delay || Waiting for test results || Cancer waiting times
I was referred urgently for suspected cancer {weeks} weeks ago and I still have not had a scan. The target is 28 days. I am terrified. Please can you find out what is happening at {hospital}?
=== 2 | Mental health services || CAMHS waiting list || Child mental health
My daughter is fifteen and self-harming. We were referred to CAMHS {n2} months ago and are still waiting for a first appointment. We have been told to go to A&E if she is in crisis. That is not a plan. Please help us.
=== 2 | ADHD assessment || Right to Choose || ADHD medication shortage
My son has been on the waiting list for an ADHD assessment for {n2} years. We tried Right to Choose and the ICB refused to fund it. Please can you help us understand what our options are?
=== 2 | Social care || Care home fees || Carer's allowance
My mother has dementia and the care home fees are {amount} a week. We are having to sell her house. I have given up my job to care for her at home some of the week, and Carer's Allowance is a joke. When will the government fix social care?
=== 2 camp | Carer's Allowance overpayments || Unpaid carers || Carers' earnings limit
I am writing about the scandal of Carer's Allowance overpayments. Thousands of unpaid carers have been hit with huge debts because they earned a few pounds over the earnings limit, often through no fault of their own. I ask you to support writing off these debts and reforming the earnings limit.
=== 2 | Hospice funding || Our local hospice || Save the hospice
Our local hospice is cutting beds because of the rise in employer's national insurance. It cares for hundreds of families every year and relies on charity shops and donations. Please press the government to fund hospices properly.
=== 2 | Two-child limit || Scrap the two child limit || Child poverty
I am writing to urge you to support scrapping the two-child benefit limit. It is the single biggest driver of child poverty. As a teacher in {town} I see children arriving hungry every day.
=== 2 | Farmers inheritance tax || Family farms tax || Farm tax
I am a {fourth|third}-generation farmer near {town}. The change to agricultural property relief means my children will have to sell land to pay inheritance tax when I die. This will end family farming. Please oppose it.
=== 2 | Asylum hotel || The hotel in {town} || Asylum seekers
I want to object to the use of the {Premier Inn|Holiday Inn|Crown Hotel|old nursing home} in {town} to house asylum seekers. There are young men with nothing to do hanging around the town. Local people feel unsafe and nobody asked us. Please raise this with the Home Office.
=== 2 | Small boats || Illegal immigration || Stop the boats
The small boats keep coming and nothing is done. Thousands crossed last month. Why are we paying billions for hotels? I want you to support leaving the ECHR if that's what it takes to stop the boats.
=== 2 | Refugees welcome || Asylum seekers' right to work || Safe routes
I want to register my support for refugees. People fleeing war and persecution deserve safety. Please support safe and legal routes, allow asylum seekers to work after six months, and stand up against the racism we saw in the summer riots.
=== 2 | Leasehold || Service charges || Leasehold reform
I own a leasehold flat and my service charge has gone from {amount} to nearly three times that in two years, with no explanation from the managing agent. The ground rent doubles every ten years. When will the government finish the job of leasehold reform?
=== 2 | Cladding || Building safety || Unsafe cladding
Our building still has unsafe cladding eight years after Grenfell. We cannot sell or remortgage. The developer says it is not their problem. Please help us.
=== 2 | Renters' rights || Section 21 eviction || Eviction notice
My landlord has served me a section 21 notice after I asked him to fix the boiler. I have lived here for {n2} years and the children go to school here. Where are we supposed to go? Please help, and when will the Renters' Rights Act actually stop this?
=== 2 | Homelessness || Temporary accommodation || Living in a B&B
My children and I have been in one room of a B&B for {weeks} weeks. We share a bathroom with strangers. The council says there is nothing else. My eldest is sitting GCSEs. Please can you help us find somewhere?
=== 2 | Flooding || Flood defences || Flooding on {street}
Our street flooded again last week, the third time in two years. The drains are blocked and {council} and the Environment Agency blame each other. Flood defences were promised in 2020. Please can you get them to sit down together?
=== 1 | Trees felled || Tree felling || Save our trees
{council} has started felling the mature trees along {street} without consulting residents. They say it is for safety but most were healthy. Please could you ask them to stop until there is proper consultation?
=== 1 | Fireworks || Noise from fireworks || Firework sales
Fireworks are now set off for weeks around Bonfire Night and New Year. My dog is terrified and my neighbour, a veteran with PTSD, finds it unbearable. Please support restricting the sale of fireworks to licensed displays.
=== 2 | Solar farm || Solar farm on farmland || Pylons
There are plans for a huge solar farm on {300|500|800} acres of farmland near {town}, and new pylons across the valley. Good farmland should be used to grow food. Please object to these plans on our behalf.
=== 1 | Nuclear power station || Small modular reactors || Wylfa
I'd like to support the plans for a new nuclear power station at Wylfa and small modular reactors. Nuclear is the only reliable low-carbon power. Please back them.
=== 1 | Wind farm || Onshore wind || Wind turbines
I support building more onshore wind farms. They are cheap and clean. Please make sure the planning rules make it easy for communities that want them.
=== 2 | Train cancellations || Rail services || Trains from {town}
The trains from {town} are cancelled or late almost every day. I have been late for work {n2} times this month. The company blames staff shortages. When will this be sorted out?
=== 1 | Rail fares || Season ticket || Rail fare increase
Rail fares have gone up again, and I now pay over £4,000 a year for a season ticket on trains that do not turn up. Please support a fares freeze.
=== 1 | Driving test || Driving test waiting times || DVSA
My daughter has been trying to book a driving test for five months. There are none available within sixty miles. Bots are buying them up and reselling them for {amount}. Please raise this with the DVSA.
=== 2 | Passport delay || Passport application || Urgent passport
I applied for my {son's|daughter's} passport {weeks} weeks ago and it still hasn't arrived. We fly on {day} {month} to {Spain|Portugal|Turkey|Greece}. The Passport Office helpline is useless. Please can you help? Application number {ref}.
=== 1 | HMRC || Tax code wrong || HMRC helpline
HMRC has put me on the wrong tax code for the third year running and I now owe {amount}. I spent two hours on hold. Please help me get this sorted.
=== 1 | Child Maintenance Service || CMS || Child maintenance arrears
My ex-partner owes over {amount} in child maintenance and the CMS has done nothing for a year. I have had to use the food bank. Please can you contact them?
=== 2 | Local library closure || Save our library || Library cuts
{council} plans to close the library in {town}. It is used by children, older people and job seekers. It is in defence of our libraries that I am writing to you. Please help us save it.
=== 2 | Youth club || Youth services || Nothing for young people
There is nothing for young people in {town} anymore. The youth club closed in 2015. Then everyone wonders why there is antisocial behaviour. Please support funding for youth services.
=== 2 | Knife crime || Knife crime in {town} || Stabbing
A young man was stabbed near {street} last {weekday}. Parents are frightened. We need more police on the streets and more for young people to do. What will you do about knife crime?
=== 2 | Grooming gangs || National inquiry || Child sexual exploitation
I want a full national inquiry into grooming gangs with statutory powers. The victims have been failed by police and councils for decades. Please support it.
=== 2 | Online safety || Children's smartphones || Social media for under 16s
I am a parent and I am worried about what my children see on social media. I would like you to support a ban on social media for under-16s and phone-free schools.
=== 1 | Free speech || Online Safety Act || Censorship
The Online Safety Act is being used to censor ordinary people. Age verification for everything is absurd. Please support its repeal or reform.
=== 1 | Digital ID || ID cards || Against digital ID
I am opposed to the government's plans for a compulsory digital ID. It will not stop illegal working and it threatens our privacy. Please vote against it.
=== 2 | BBC licence fee || Scrap the licence fee || TV licence
I'm {age} and I want the TV licence scrapped. Why should I pay for the BBC when I don't watch it? Please support abolishing the licence fee.
=== 1 | Gambling || Gambling adverts || Betting shops
My brother lost everything to online gambling. I would like you to support a ban on gambling adverts and a statutory levy to fund treatment.
=== 1 | Smoking ban || Tobacco and Vapes Bill || Vaping
I support the Tobacco and Vapes Bill. Please also make sure disposable vapes are properly banned - they're everywhere at the school gates.
=== 2 | Student loans || Plan 2 loans || Tuition fees
I graduated in 2018 and my student loan has grown despite paying every month. The interest rate is outrageous. Please support reforming Plan 2 loans.
=== 1 | Nursery places || Childcare || Free childcare hours
There are no nursery places in {town} for the new free hours. Nurseries say the funding rate is too low. I cannot go back to work. Please raise this with the Education Secretary.
=== 2 | Teachers || School funding || School building
My children's school, {school}, has buckets in the corridors to catch the rain, and the heating broke in {month}. Teachers are buying pencils with their own money. Please press for proper school funding.
=== 1 | VAT on private schools || Private school fees || School fees
Adding VAT to private school fees is a tax on aspiration. We saved for years to send our daughter to a small independent school because of her dyslexia. Please reconsider this policy.
=== 2 | Employment Rights Bill || Zero hours contracts || Workers' rights
I support the Employment Rights Bill. I have been on zero hours contracts for years and never know what I'll earn. Please make sure the ban on exploitative zero hours contracts is not watered down.
=== 1 | Minimum wage || Pay for care workers || Care workers' pay
Care workers are paid the minimum wage for some of the hardest jobs there are. Please support a fair pay agreement for care workers.
=== 1 | Employer's NI || National Insurance rise || Small business tax
The rise in employer's national insurance means I will have to let two staff go. I run a small café in {town}. Please tell the Chancellor this is killing small businesses.
=== 2 | Business rates || High street || Empty shops
Half the shops on our high street are empty. Business rates are crippling the ones that remain. Please support business rates reform.
=== 1 | Pubs || Pub closures || Beer duty
Another pub in {town} has closed. Between energy bills, rates and national insurance, landlords can't make it work. Please support our pubs.
=== 2 | Sudan || Famine in Sudan || The forgotten war
I am writing about the war in Sudan, which has displaced over twelve million people and caused famine. It gets almost no attention. Please urge the government to increase humanitarian aid to Sudan and push for a ceasefire there, and to stop the flow of weapons to the RSF.
=== 1 | Hong Kong || Jimmy Lai || BN(O) visa
I am writing about Jimmy Lai, a British citizen imprisoned in Hong Kong. I would like the government to press for his release. I also want the BN(O) route to settlement protected.
=== 1 | China || Chinese embassy || Chinese super-embassy
I strongly object to the plan for a huge new Chinese embassy at Royal Mint Court. China spies on Hong Kongers and dissidents in this country. Please oppose it.
=== 1 | Uyghurs || Forced labour || Uyghur genocide
Uyghurs in Xinjiang are held in camps and used as forced labour in supply chains that reach British shops. I would like the UK to ban imports made with forced labour.
=== 1 | Kashmir || Human rights in Kashmir || India and Pakistan
I am writing about the situation in Kashmir. I ask you to raise human rights concerns with the Foreign Office and support dialogue between India and Pakistan.
=== 1 | Jagtar Singh Johal || British Sikh detained in India || Jaggi Johal
Jagtar Singh Johal, a British Sikh from Dumbarton, has been arbitrarily detained in India since 2017. I urge you to press the Foreign Secretary to call for his immediate release.
=== 1 | Overseas aid || Aid budget || International development
I am disappointed that the aid budget is being cut again. Aid saves lives - vaccines, clean water, girls' education. Please support restoring it to 0.7%.
=== 1 | Congo || DR Congo || Eastern Congo
The war in eastern Congo is one of the worst humanitarian crises in the world, and the minerals in our phones are part of it. Please ask the government to press Rwanda to end its support for the M23 rebels.
=== 1 | Afghanistan || Women in Afghanistan || Taliban
Afghan women are banned from education and work. Please press the government to do more for Afghan women and girls, including safe routes for women at risk.
=== 2 | Your surgery || Constituency surgery appointment || Appointment with the MP
Could I please have an appointment at your next constituency surgery? I would like to discuss a private matter regarding my {rel}. I am free most {weekday}s.
=== 2 short | Tour of Parliament || Visit to Parliament || Westminster tour
Hello, could you arrange a tour of the Houses of Parliament for me and my family (4 people)? We are hoping to come during the {month} half term. Thank you.
=== 2 | Work experience || Work experience in your office || Internship
I am a sixth-form student at {school} studying politics and I would love the chance to do a week's work experience in your office in {month}. I am hard-working and reliable. Please let me know if this might be possible.
=== 2 | School visit || Invitation to {school} || Year 6 visit
On behalf of {school}, I would like to invite you to visit our Year 6 pupils, who are learning about democracy. They have lots of questions - about everything from potholes to world affairs! Would a date in {month} suit you?
=== 1 | Charity event || Fundraiser invitation || Charity ball
We are holding a charity quiz night in aid of {the air ambulance|the hospice|Macmillan|the food bank} on {day} {month} at the {town} Cricket Club. It would be great if you could come along or donate a prize.
=== 1 | Congratulations || Well done || Congratulations on your election
Congratulations on your election. I did not vote for you but I hope you will represent all of us in {town}. I look forward to seeing what you do.
=== 2 short | Disgraceful || You are a disgrace || Resign
You are a disgrace and you should resign. You never reply to anything. {Useless.|Waste of space.|I won't be voting for you again.}
=== 1 short | No reply || Still waiting for a reply || Follow up
I emailed you {weeks} weeks ago about my case and have had no reply. Can someone please get back to me?
=== 1 | Change of address || Update my details || Moved house
Please note that I have moved from {street} to a new address in {town}. My case reference is {ref}. Please update your records.
=== 1 | Unsubscribe || Newsletter || Stop emailing me
Please remove me from your newsletter mailing list. I don't remember signing up.
=== 1 raw | Invitation: Europe Day reception || Networking event || Reception invitation
Dear Member of Parliament,

The {town} Chamber of Commerce invites you to our annual business awards dinner on {day} {month} at the {town} Hotel. Guests will include leading employers from across the county, including in advanced manufacturing and the defence supply chain. Dress code: black tie.

Please RSVP to events@chamber.example.co.uk.

Kind regards,
Events Team
=== 1 | Football club || Our stadium || Supporters' trust
Our football club is at risk after the owners ran it into debt. The new Independent Football Regulator needs to act quickly. Our defence may be shocking this season but the club is part of the town's identity. Please help us save it.
=== 1 | Veterans' football || Pitch for veterans team || Walking football
I run a veterans' walking football team for over-60s in {town}. The council is selling off the playing field we use. Could you help us find out what is happening and whether it can be saved?
=== 1 | Salvation Army || Food bank support || Homelessness charity
I volunteer with the Salvation Army in {town}. We are seeing more families than ever. We would love you to visit and see our work, and I would ask you to support a proper plan to end homelessness.
=== 1 | Self defence classes || Women's safety || Street lighting
After a number of attacks on women in the park, we have started free self-defence classes at the community centre. But what we really need is better street lighting and CCTV. Please ask {council} to act.
=== 1 | Legal aid || Legal defence fund || Court backlog
The criminal court backlog means victims wait years for trial. My {rel} was assaulted {n2} years ago and the trial has been adjourned three times. Defence barristers are walking away because legal aid rates are so low. Please press the government to fix this.
=== 2 | Russian neighbour || Noise complaint || Neighbour dispute
My next door neighbour plays music until 3am every night. {council}'s environmental health team has done nothing. I am exhausted. Please help. (To be clear I have nothing against them being Russian, it is the noise I object to.)
=== 1 | Polish shop || Local business || Licensing
I run a Polish and Eastern European grocery on {street}. The council has refused our licence to sell alcohol after 10pm, though the supermarket next door can. I think this is unfair. Could you please look into it?
=== 2 | Ukrainian refugee - Universal Credit || UC for Ukrainian family || Benefits for refugees
I am helping a Ukrainian mother who came under the Homes for Ukraine scheme. Her Universal Credit has been stopped because the DWP says she did not report her child benefit. She works 16 hours a week as a cleaner and has two children. Please could your office contact the DWP? She has given permission.
=== 1 | Ukrainian qualifications || Recognition of qualifications || Ukrainian doctor
My friend is a Ukrainian doctor living in {town}. She has been working as a care assistant because the GMC process is so slow and expensive. Could you find out whether there is any help available for refugee doctors to requalify? She would like to work in the NHS.
=== 1 | School for Ukrainian children || School place for a refugee child || School transport
A Ukrainian family in our village has been offered a school place for their son in a town {n2} miles away and there is no bus. Could you ask the council to provide transport? The boy is eleven and speaks little English.
=== 1 | Palestinian student || University fees || International student fees
I am a Palestinian student at {Keele|Staffordshire University|Birmingham|Manchester} on a scholarship. My funding from home has stopped because of the situation and the university is threatening to withdraw me for unpaid fees. Is there any hardship support you could help me apply for?
=== 1 | Israeli visitor || Visa for my fiancé || Fiancé visa
My fiancé is an Israeli citizen and has applied for a fiancé visa so we can marry here in {month}. The application has been pending for {weeks} weeks. Could you please enquire with UKVI? Reference {ref}.
=== 1 | Gaza fundraiser || Charity event || Mosque open day
Our mosque is holding an open day on {day} {month} with food, tours and a talk on the history of the community in {town}. All faiths welcome. We would be honoured if you could attend.
=== 1 | Hate crime || Attack on my son || Islamophobia
My son was attacked on the bus on his way home from school and called a terrorist. The police have not arrested anyone though there is CCTV. I want to know why nothing has happened. Please help us.
=== 1 | Synagogue security || Security for our school || Community security
Our Jewish primary school has to pay for security guards out of parents' fees. The Community Security Trust grant helps but does not cover it. I would like you to press for the grant to be increased. Children should be able to go to school safely.
=== 1 | Holiday refund || Cancelled flight || Airline refund
Our flight to {Spain|Cyprus|Greece|Turkey} was cancelled and the airline refuses to refund us {amount}. They say it was extraordinary circumstances. I have complained to the CAA with no result. Can you help?
=== 1 | EU Settlement Scheme - my wife || Pre-settled status || Settled status application
My wife is {Polish|Romanian|Italian|Portuguese|Lithuanian} and has lived here since 2016. Her pre-settled status was supposed to convert automatically but her employer's right-to-work check says it has expired. She may lose her job. Please can you contact the Home Office? Reference {ref}.
=== 1 | GHIC card || European Health Insurance || Health card
My GHIC application was rejected because of a spelling mistake on the form and now I can't get through to anyone. We travel to France next week. Is there anything your office can do?
=== 1 | Erasmus placement - visa || Student visa for France || Study abroad visa
My daughter is going to France for her year abroad and the French consulate has lost her visa application. The university says it can't help. Is there anything you can do to contact the consulate? I know it is not a UK matter but we are desperate.
=== 1 | Drivers in Europe || Driving in Spain || Licence exchange
I live part of the year in Spain and I need to exchange my driving licence. I can't get an appointment with the Spanish authorities. Could the embassy help? Who should I contact?
=== 1 | Tariffs || US tariffs || Trade with America
The new American tariffs are hitting my business, which exports {whisky|machine parts|cars|pottery} to the US. Please press the government to negotiate an exemption.
=== 1 | Pottery industry || Ceramics || Gas prices and manufacturing
The ceramics industry in Stoke-on-Trent is on its knees because of energy costs. Firms that survived two world wars are closing. Please press for an energy price support scheme for energy-intensive industries.
=== 1 | Steelworks || British Steel || Scunthorpe
I support the government's decision to step in at British Steel. Please make sure we keep making virgin steel in this country and that the workers are protected.
=== 1 | Bin collections || Bins not collected || Recycling
Our bins have not been collected for {n2} weeks because of the strike. There are rats in the alley. Please get {council} to sort this out.
=== 1 | Dog fouling || Fly-tipping || Fly tipping on {street}
There is fly-tipping on the lane behind {street} every week - mattresses, builders' waste, even asbestos. The council takes weeks to clear it. Please ask them to install cameras.
=== 1 | Parking || Parking fines || Private parking
I was fined {amount} by a private parking company for overstaying by four minutes at the retail park. Their appeals process is a sham. Please support regulating these firms.
=== 1 | Blue badge || Blue badge refused || Disability parking
My {mother|father} is {age} and has severe mobility problems but has been refused a blue badge. The assessment was done without seeing {her|him}. Please can you help us appeal?
=== 1 | Motability || Mobility car || Adapted car
Since my PIP was reduced I have lost my Motability car and I can't get to work. Please help me get my PIP decision reviewed.
=== 1 | Access to Work || Disabled worker || Access to Work delays
I am deaf and my Access to Work claim for a BSL interpreter has been stuck for {weeks} weeks. I may lose my job. Please can you chase the DWP?
=== 1 | Infected blood || Infected blood compensation || Contaminated blood
My husband died because of infected blood he was given in the 1980s. Compensation was promised but we have heard nothing. Please find out when payments will reach bereaved families.
=== 1 | Post Office Horizon || Sub-postmasters || Horizon compensation
I was a sub-postmaster wrongly accused of stealing because of the Horizon system. I am still waiting for full compensation. Please push for this to be resolved.
=== 1 | Loan charge || HMRC loan charge || Contractors
The loan charge has ruined lives. I was told my contractor scheme was legal and now HMRC wants {amount} from me. Please support an independent review.
=== 1 | Pension transfer || Final salary pension || Pension scam
I transferred my pension on advice that turned out to be fraudulent. I have lost most of it. The Financial Ombudsman rejected my complaint. Is there anything you can do?
=== 1 | Mineworkers' pensions || Miners' pension scheme || Coal miners
I worked down the pit for {years} years. The government has finally handed back the investment reserve to the Mineworkers' Pension Scheme, which is welcome. But what about the British Coal Staff Superannuation Scheme? Please push for the same.
=== 1 | Hospital parking || NHS car parking charges || Hospital car park
Parking at {hospital} costs {amount} a week when my wife is on chemotherapy. It is a tax on the sick. Please campaign for free hospital parking.
=== 1 | Maternity care || Maternity scandal || Birth injury
I had a traumatic birth at {hospital} and my son suffered a brain injury. The trust has admitted failings but nothing has changed. I want a proper inquiry into maternity services.
=== 1 | Long Covid || Long Covid clinic || Post-viral illness
I have had long Covid for three years. The local clinic has closed. I cannot work and have no treatment. Please ask the health board what help is available.
=== 1 | Autism diagnosis adults || Adult autism assessment || Autism waiting list
I am 34 and I have been waiting three years for an adult autism assessment. Without it I can't get support at work. Please help.
=== 1 | Prescription || Medicine shortage || Drug shortage
My son's epilepsy medicine has been out of stock at every pharmacy in {town} for two weeks. Please can you find out what is going on with supply?
=== 1 | Pharmacy closure || Our pharmacy || Chemist closing
The only pharmacy in our village is closing. Older residents can't get to town. Please help us keep a pharmacy here.
=== 1 | Fuel poverty || Cold homes || Heat pumps
We have an old house with solid walls and our heating bills are huge. The boiler upgrade grant won't cover a heat pump. Please support better grants for insulation in older homes.
=== 1 | Electric cars || EV charging points || Charge points
There are almost no public charging points in {town}. How are we supposed to switch to electric cars? Please ask {council} for a plan.
=== 1 | Cycle lanes || Cycling safety || Bike lane
The new cycle lane on {street} stops halfway and throws you into traffic at the roundabout. It's dangerous. Please ask {council} to finish it properly.
=== 1 | Trans rights || Supreme Court ruling || Gender recognition
I am writing to ask you to protect the rights of trans people following the Supreme Court ruling. Please meet with local trans groups.
=== 1 | Conversion practices || Ban conversion therapy || Conversion therapy
Please support a full ban on conversion practices, with no loopholes for consent.
=== 1 | Proportional representation || Electoral reform || Votes at 16
I would like you to support proportional representation. Our voting system leaves most votes wasted. I also support votes at 16.
=== 1 | House of Lords || Lords reform || Hereditary peers
Please support abolishing the remaining hereditary peers and a proper elected second chamber.
=== 1 | MPs' second jobs || Standards in public life || Corruption
I want MPs banned from having second jobs. Lobbying is out of control.
=== 1 | Reform UK || Farage || Immigration numbers
Net migration is far too high and I want you to know I'm voting Reform next time unless your lot get a grip. Hospitals, schools and housing can't cope.
=== 1 | Census || Religion || Local mosque planning
Please could you help with our planning application for an extension to the {town} Islamic Centre? We have been waiting eight months for a decision from {council}.
=== 1 | Gurdwara || Sikh community || Planning for gurdwara car park
On behalf of the gurdwara committee, we would like to request a meeting about traffic and parking on Sundays. We want to work with neighbours and the council.
=== 1 | Church roof || Listed building grant || Church repairs
Our parish church has lead stolen from the roof for the third time. The heritage grant scheme has closed. Please press for the Listed Places of Worship scheme to continue.
=== 2 | Speeding || Racing cars || Car meets
Every Friday night there are car meets in the industrial estate off {street} with cars racing until 2am. Police say they can't do anything. Please help.
=== 1 | Horses || Fly grazing || Travellers' site
There has been an unauthorised encampment on the playing field on {street} for two weeks. Residents feel intimidated and the council says it can't move them. Please raise this.
=== 1 | Water leak || No water || Water supply
We have been without water for {n2} days because of a burst main. The water company sent bottled water once. Elderly neighbours are struggling. Please contact them urgently.
=== 1 | Sewage in {town} || Sewage overflow || River pollution
Sewage was spilling into the brook behind our house for {n2} days last month. You could smell it from the school. Please ask the Environment Agency and the water company what they are doing.
=== 1 | Phone box || Bank closure || Last bank in town
The last bank in {town} is closing. The nearest branch is {n2} miles away. Please support banking hubs.
=== 1 | Cash machine || Access to cash || Free cash machines
There is no free cash machine left in our area. Older people rely on cash. Please support protecting access to cash.
=== 1 | Rural crime || Farm thefts || Quad bike stolen
Thieves have stolen £20,000 of equipment from our farm this year. Rural crime is out of control. Please ask the police to fund the rural crime team properly.
=== 1 | Badger cull || Bovine TB || Badgers
Please support ending the badger cull and investing in cattle vaccination instead.
=== 1 | Grouse shooting || Driven grouse || Moorland burning
Please support a ban on burning on peat moorland and licensing of driven grouse shooting.
=== 1 | Pets in rented homes || Renting with pets || No pets clause
My landlord won't let me keep my cat. I've been a tenant for five years with no problems. Please make sure the new rules on pets in rented homes are enforced.
=== 1 | Hedgehogs || Wildlife || Nature
Please support swift bricks and hedgehog highways in all new housing developments. Nature is disappearing.
=== 1 | Fishing || Angling || Rivers
As an angler I am appalled by the state of the River {Sow|Penk|Trent|Severn}. Fish stocks have collapsed because of pollution. Please press the Environment Agency to act.
=== 1 | Allotments || Allotment waiting list || Community garden
There are {n2}0 people on the allotment waiting list in {town}. The council is selling land that could be used. Please help.
=== 1 | Census error || Electoral register || Postal vote
I applied for a postal vote and it never arrived, so I couldn't vote. I want to know what went wrong.
=== 1 | Prison officer || Prisons || Prison violence
I am a prison officer at a local prison. Violence against staff is out of control and we are desperately short-staffed. Please raise the crisis in prisons with the Justice Secretary.
=== 1 | Early prisoner release || Sentencing || Victims
I was shocked to learn that the man who assaulted my daughter has been released early. No one told us. Please help us find out why the victim contact scheme failed.
=== 1 | Police complaint || Police misconduct || Complaint about police
I made a complaint about the way an officer treated my son and it has been ignored for {weeks} weeks. Please can you help?
=== 1 | Jury trials || Courts || Right to jury trial
I am opposed to plans to restrict jury trials. It is a fundamental right. Please vote against it.
=== 1 short | Help || Urgent help needed || Please call me
Please can someone from the office call me urgently on 07{n2}{n2}{n2} {n2}{n2}{n2}{n2}{n2}{n2}. It is about my {rel}'s housing. Thanks.
=== 1 short | Question || Quick question || Query
Could you tell me who my local councillor is? I live on {street}, {postcode}.
=== 1 | Climate - a letter from a grandmother || My grandchildren's future || Climate and war
I am {age} and have eight grandchildren. I worry what world they will inherit. Wars, floods, heatwaves. All this money is spent on weapons and war while the planet burns. I'd like you to make climate change your priority and support the Climate and Nature Bill.
=== 1 | Energy - Russian gas || Gas prices || Energy independence
When Putin turned off the gas taps, our bills doubled. Now they say prices are falling but my bill hasn't. I want the government to force suppliers to pass on price cuts faster, and to put the social tariff in place for people like me.
=== 1 | Cost of living - war blamed || Rising prices || Inflation
The government always blames things on "global events" - the war in Ukraine, the Middle East, Covid. But other countries' prices have come down. Mine haven't. I want the government to do something about food and energy costs, not make excuses.
=== 1 | Refugee housing and local need || Housing list || Waiting for a council house
I have been on the council housing list for {years} years. I am not against refugees, and I know people are fleeing war in Ukraine and elsewhere, but local people need homes too. Please help me get a property.
=== 1 | Military wives choir || Community choir || Concert invitation
Our community choir, which includes members of the local Military Wives group, is holding a Christmas concert at St Mary's Church. We'd love you to attend. Tickets are free for you and a guest.
=== 1 | Cadet hut || Cadets need a new hut || Air cadets
Our Air Cadet squadron's hut is falling down and the landlord wants to end the lease. The young people get so much from cadets. Do you know of any grants or sites we could use?
=== 1 | Forces family school place || Service family admissions || School place for forces child
We are a service family and have just been posted to {town}. My {son|daughter} has not been given a school place because we applied late, as we only got the posting order three weeks ago. The Schools Admissions Code is supposed to help service children. Please can you help us with this admission?
=== 1 | Gas boiler || Boiler ban || Heat pumps are too expensive
Please do not ban gas boilers. Heat pumps are too expensive and don't work in old houses.
=== 1 | Conservation area || Extension planning refused || Planning appeal
Our planning application for a small rear extension was refused though the neighbours have the same. Please could you look into how the council reached its decision?
=== 1 | Gypsum mine || Quarry || Quarry expansion
The quarry near our village wants to expand, with 100 more lorries a day through the village. Please help us object.
=== 1 | Airport noise || Night flights || Flight path changes
The new flight path means planes over our house every two minutes from 5am. Please help us get the consultation reopened.
=== 1 | Israeli restaurant || Protest outside shop || Vandalism
Our café, which sells Middle Eastern food, was vandalised last week and the police have not been in touch. We are a small family business and just want to get on with serving customers. Could you please ask the police to follow up?
=== 1 | Visa for Ukrainian grandmother || Ukrainian family reunion case || Mother-in-law visa
My wife is Ukrainian and her mother, who is 78, is alone in Zaporizhzhia. The Ukraine Family Scheme has closed and we don't know what route she can use now. Could your office advise us on what application to make for her, and help if it gets stuck? Reference of an earlier application: {ref}.
=== 1 | Job centre || Work coach || Job search
I'm {age} and have applied for over {n2}00 jobs. The job centre keeps sending me on the same CV course. I just want some real help. Can you ask them to refer me to something useful?
=== 1 | Apprenticeships || Apprenticeship levy || Training
My son can't find an apprenticeship in engineering anywhere near {town}. Employers say the levy doesn't cover the cost. Please push for reform.
"""
