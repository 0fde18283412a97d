# Batch 03: 21-30 September 2026 (incidents D026-D036)

I("D026", "2026-09-21", "KP", "Bajaur", "Khar tehsil, Inayat Kalay road", "armed_assault",
  "Gunmen fired on a police mobile on the Khar-Inayat Kalay road in the evening; one policeman killed, one injured.",
  killed=1, injured=1, perp="unknown")
I("D027", "2026-09-22", "KP", "Orakzai", "Ghiljo area", "security_operation",
  "Intelligence-based operation in the Ghiljo area of Orakzai; four militants and one soldier killed.",
  killed=1, militants_killed=4, perp="Fitna al-Khawarij (target of operation)")
I("D028", "2026-09-23", "BL", "Kech", "Buleda", "armed_assault",
  "Attack on an FC post in Buleda before dawn; two FC personnel killed, three injured.",
  killed=2, injured=3, perp="Fitna al-Hindustan (attributed by military)")
I("D029", "2026-09-24", "BL", "Kech", "Main bazaar, Turbat", "grenade",
  "Hand grenade thrown at a shop in Turbat main bazaar in the evening; six people injured including a child.",
  injured=6, perp="unknown")
I("D030", "2026-09-25", "KP", "Dera Ismail Khan", "Paharpur", "targeted_killing",
  "Policeman escorting a polio vaccination team shot dead by motorcyclists in a village of Paharpur tehsil; vaccinators unhurt.",
  killed=1, perp="unknown")
I("D031", "2026-09-26", "BL", "Gwadar", "Makran Coastal Highway near Pasni", "armed_assault",
  "Coast Guards vehicle ambushed on the coastal highway near Pasni; three personnel killed, two injured; BLF claimed.",
  killed=3, injured=2, perp="BLF", claimed=True)
I("D032", "2026-09-27", "KP", "North Waziristan", "Spinwam", "vbied",
  "Explosive-laden vehicle rammed into the perimeter of a security forces check post at Spinwam followed by an assault; five soldiers killed, all six attackers (including the driver) killed; Hafiz Gul Bahadur group claimed.",
  killed=5, injured=7, militants_killed=6, perp="Hafiz Gul Bahadur group", claimed=True)
I("D033", "2026-09-28", "KP", "Peshawar", "Gulbahar", "targeted_killing",
  "Pharmacist shot dead at his shop in Gulbahar; family said he had received extortion calls.",
  killed=1, perp="unknown (extortion suspected)")
I("D034", "2026-09-29", "BL", "Kalat", "Mangochar, N-25", "armed_assault",
  "Armed men blocked the N-25 near Mangochar for about two hours, torched five vehicles and abducted two passengers; BLA claimed a 'snap check'.",
  kidnapped=2, perp="BLA", claimed=True)
I("D035", "2026-09-30", "BL", "Kohlu", "Kahan area", "ied",
  "Landmine/explosive remnant blast killed two boys grazing goats near Kahan.",
  killed=2, injured=1, perp="unknown")
I("D036", "2026-09-30", "KP", "Lakki Marwat", "Ghazni Khel", "armed_clash",
  "Police party intercepted militants near Ghazni Khel; two militants killed, one policeman injured.",
  injured=1, militants_killed=2, perp="Fitna al-Khawarij (attributed by police)")

# ---------------------------------------------------------------- weekly brief 14-20 Sep
R("Conflict Monitoring Collective", "2026-09-21 12:00", ["D018", "D019", "D022", "D024", "D020", "D023"],
  "Weekly security brief: 14-20 September 2026",
  """The Collective recorded 16 militant attacks in the week of 14 to 20 September, resulting in 14 deaths (10 security personnel and 4 civilians) and 21 injuries. Security forces reported killing 14 militants, most of them in Zhob, where eight were killed while allegedly crossing from Afghanistan on the night of 17-18 September.

Bannu saw two attacks on a single day, 14 September: a roadside bomb that killed a soldier near Jani Khel and an attack on Miryan police station that killed two policemen. In Balochistan, a group of armed men stormed the Kardgap Levies station in Mastung on 15 September, and three FC personnel were killed in an attack on a convoy near Nushki on 19 September.

A quadcopter strike on a house near Miranshah on 17 September killed two children. Responsibility for the strike remains disputed; officials blamed militants while residents demanded an independent inquiry. The Collective is recording this incident with the perpetrator as "unknown/disputed" pending the inquiry.

The weekly total is lower than the previous week, which included the Quetta railway station bombing. However, the number of attacks on police in southern Khyber Pakhtunkhwa remained steady at around five a week.""", bg=["D011"])

# ---------------------------------------------------------------- D026 Bajaur
R("KP Police Media Cell", "2026-09-22 09:00", ["D026"],
  "Police mobile fired upon in Bajaur, one jawan martyred",
  """Bajaur: Yesterday evening, unknown terrorists opened fire on a police mobile of Police Station Khar on Khar-Inayat Kalay road. As a result of the firing, one police jawan embraced shahadat while another was injured and shifted to DHQ Hospital Khar.

The police party returned fire, after which the terrorists fled towards the nearby fields. DPO Bajaur along with heavy police contingents reached the spot and a search operation was started in the area, in which 14 suspects have been rounded up for interrogation.

The funeral prayer of the shaheed jawan was offered at Police Lines Khar with full official honour, attended by DPO Bajaur, officers and jawans and a large number of the public.""")

# ---------------------------------------------------------------- D027 Orakzai
R("Armed Forces Media Directorate", "2026-09-22 18:30", ["D027"],
  "Four khawarij neutralised in Orakzai; soldier embraces shahadat",
  """On 22 September 2026, security forces conducted an intelligence based operation in the Ghiljo area of Orakzai District on reported presence of khawarij. During the conduct of the operation, own troops effectively engaged the khawarij location and, as a result, four khawarij were neutralised.

However, during the intense exchange of fire, Lance Naik, age 27 years, resident of District Karak, having fought gallantly, paid the ultimate sacrifice and embraced shahadat.

Weapons and ammunition were also recovered from the killed khawarij, who remained actively involved in numerous terrorist activities. Sanitisation operation is being carried out to eliminate any other kharji found in the area.""")

# ---------------------------------------------------------------- KP apex committee (no incident)
R("Crescent Wire Service", "2026-09-24 17:45", [],
  "KP apex committee approves plan to strengthen police in southern districts",
  """PESHAWAR, Sept 24 (CWS): The Khyber Pakhtunkhwa Apex Committee on Thursday approved a plan to strengthen police stations in the province's southern districts with anti-drone systems, armoured vehicles and thermal imaging equipment, officials said.

The meeting, chaired by the chief minister and attended by the corps commander, the inspector general of police and the chief secretary, reviewed the security situation in Bannu, Lakki Marwat, Dera Ismail Khan, Tank and the merged districts. A statement said the forum agreed that the police would take the lead in settled areas while the army would continue operations in the border districts.

The committee also approved the recruitment of additional personnel for the Counter Terrorism Department and directed that pending compensation to the families of martyred police personnel be released within two weeks. Participants stressed the need for coordination between the provincial and federal governments on border management and the return of Afghan nationals without valid documents.

Opposition parties in the provincial assembly have criticised the government for what they call its failure to stem the rise in attacks on police.""")

# ---------------------------------------------------------------- D028 / D029 Kech adjacent days
R("Armed Forces Media Directorate", "2026-09-23 19:05", ["D028"],
  "Two soldiers martyred as terrorists attack post in Buleda, Kech",
  """In the early hours of 23 September 2026, terrorists of Indian-sponsored Fitna al-Hindustan opened fire on a security forces post in the general area of Buleda, Kech District.

The troops responded effectively, compelling the terrorists to flee. During the exchange of fire, two soldiers embraced shahadat while three were injured. A clearance operation is being conducted in the area and the perpetrators of this heinous act will be brought to justice.""")

R("Crescent Wire Service", "2026-09-23 20:10", ["D028"],
  "Two FC personnel killed in Kech attack",
  """TURBAT, Sept 23 (CWS): Two soldiers of the paramilitary Frontier Corps were killed and three wounded when militants attacked their post in the Buleda area of Kech district early on Wednesday, the military said.

No group immediately claimed responsibility, but the military blamed separatists it describes as Fitna al-Hindustan. Buleda lies about 90 km north-west of Turbat, the district headquarters. The injured were airlifted to Turbat.""")

R("Sapphire News 24", "2026-09-24 19:45", ["D029"],
  "Grenade blast in Turbat bazaar, six injured",
  """Six people including a child have been injured in a hand grenade attack in the main bazaar of Turbat this evening. According to police, unknown persons riding a motorcycle hurled a hand grenade at a shop and escaped.

The injured were shifted to Teaching Hospital Turbat where two of them are said to be in serious condition. The shop and two nearby shops were damaged. Police and FC have cordoned off the bazaar and started a search.

This is the second incident in Kech district in two days. On Wednesday, two FC personnel were martyred in an attack on a post in Buleda.""", bg=["D028"])

R("Quetta Evening Post", "2026-09-25 11:30", ["D029"],
  "Six hurt in Turbat grenade attack; traders close bazaar",
  """TURBAT: Six people, including a ten-year-old boy, were injured when unidentified men threw a hand grenade at a shop in the main bazaar of Turbat on Thursday evening.

According to police, the attackers were riding a motorcycle and fled towards the Absar area after throwing the grenade at a shop selling electronic goods. The owner of the shop, two customers, a passer-by and the boy, who was with his father, were among the injured. Doctors at the Teaching Hospital Turbat said two of the injured had been operated upon and were out of danger.

Traders kept the main bazaar closed on Friday in protest and demanded that the district administration provide security to the market. The president of the local traders' association said several shopkeepers had received threatening calls in recent weeks, but did not say from whom.

The attack came a day after two FC personnel were martyred in an attack on a post in Buleda, also in Kech district.""", bg=["D028"])

R("CTD Balochistan Operations Desk", "2026-09-25 17:20", ["D029"],
  "Grenade attack in Turbat bazaar: initial findings",
  """Reference hand grenade attack on an electronics shop, main bazaar Turbat on 24-09-2026 at approx 1920 hrs. Six persons injured (one minor); no fatality. Safety lever and pin of a hand grenade of foreign origin recovered from the scene.

CCTV footage obtained from a jewellery shop shows two persons on a motorcycle without number plate; the pillion rider, face covered, threw the grenade. The shop owner had reportedly refused to pay "contribution" demanded by callers claiming to belong to a proscribed organisation. Motive of extortion is being pursued.

No claim received. The incident is assessed as unrelated to the attack on the FC post at Buleda on 23-09-2026. CTD Makran region has taken over investigation.""", marking="GREEN", bg=["D028"])

# ---------------------------------------------------------------- D030 D.I. Khan polio
R("KP Police Media Cell", "2026-09-25 14:15", ["D030"],
  "Police jawan performing polio duty embraces shahadat in Paharpur",
  """Dera Ismail Khan: Today, during the ongoing anti-polio campaign, unknown terrorists riding a motorcycle opened fire on a police constable performing security duty with a polio team in a village within the limits of Police Station Paharpur. As a result, the constable embraced shahadat on the spot. The polio workers remained safe.

DPO DIK immediately reached the spot. The area was cordoned off and a search operation was launched. Security of polio teams across the district has been further tightened.

IGP Khyber Pakhtunkhwa strongly condemned the incident and said that the police will continue to provide foolproof security to polio teams so that the children of the province can be protected from the crippling disease. He directed to trace and arrest the culprits at the earliest.""")

R("Frontier Ledger", "2026-09-26 08:35", ["D030"],
  "Polio drive suspended in Paharpur after guard's killing",
  """D.I. KHAN: The district health authorities on Friday suspended the anti-polio campaign in three union councils of Paharpur tehsil after a policeman escorting a polio team was shot dead by unidentified motorcyclists.

According to police, the constable was standing outside a house where the vaccinators were administering drops to children when two men on a motorcycle opened fire on him. The two female vaccinators and a male area in-charge were unhurt but were badly shaken. The attackers escaped.

The district health officer said the campaign would resume in the affected union councils after a review of security arrangements. Vaccinators' union representatives staged a protest outside the district headquarters hospital demanding risk allowance and better security.""")

R("Indus Daily Monitor", "2026-09-26 21:40", ["D030"],
  "Killing of polio guard highlights risks to vaccination drive",
  """PESHAWAR: The killing of a policeman guarding a polio vaccination team in Dera Ismail Khan on Friday has once again highlighted the dangers faced by health workers and their escorts in Pakistan, one of only two countries where wild poliovirus remains endemic.

The constable was shot dead in Paharpur tehsil while the vaccinators he was protecting were inside a house. The campaign was suspended in three union councils. Officials of the polio programme said that southern Khyber Pakhtunkhwa remained a "core reservoir" of the virus and that interruptions to vaccination there risked further spread.

Militants have attacked vaccination teams and their guards for years, accusing the campaign of being a cover for espionage or claiming the vaccine is harmful. The polio programme says refusals have been falling in most districts but remain high in parts of Bannu, Lakki Marwat and D.I. Khan. Dozens of vaccinators and police guards have been killed in the country since 2012.

No group claimed responsibility for Friday's attack.""")

# ---------------------------------------------------------------- D031 Pasni
R("Quetta Evening Post", "2026-09-26 18:30", ["D031"],
  "Three Coast Guards personnel martyred in ambush near Pasni",
  """PASNI: Three personnel of the Pakistan Coast Guards were martyred and two others injured when their vehicle was ambushed on the Makran Coastal Highway near Pasni in Gwadar district on Saturday afternoon.

Officials said unidentified armed men, who had taken positions behind sand dunes along the highway, opened fire on the vehicle, which was returning to Pasni from a routine patrol. The injured were shifted to the Pasni hospital and later airlifted to Karachi.

Traffic on the coastal highway between Pasni and Ormara was suspended for several hours as security forces searched the area. The deputy commissioner Gwadar said the attackers had fled towards the hills and a search was under way.""")

R("Crescent Wire Service", "2026-09-27 13:20", ["D031"],
  "BLF claims deadly ambush on Coast Guards in Gwadar",
  """GWADAR, Sept 27 (CWS): The banned Balochistan Liberation Front (BLF) has claimed responsibility for an ambush on a Coast Guards vehicle near Pasni in which three personnel were killed, a statement issued by the group said on Sunday.

Officials confirmed on Saturday that three Coast Guards were killed and two injured when gunmen opened fire on their vehicle on the coastal highway. Security has since been tightened along the highway, which links Karachi to Gwadar port.""")

# ---------------------------------------------------------------- D032 Spinwam VBIED
R("Waziristan Awaz Citizen Page", "2026-09-27 07:05", ["D032"],
  "Huge blast and firing at Spinwam check post",
  """A very big blast happened at Spinwam this morning at around 5:30 and then heavy firing started. People in nearby villages say the windows of their houses are broken. Some say a vehicle full of explosives hit the check post.

No exact number of casualties known yet but sources are saying many soldiers are martyred. Firing is still going on. Spinwam bazaar is closed and all roads are blocked. May Allah have mercy.""")

R("Armed Forces Media Directorate", "2026-09-27 16:00", ["D032"],
  "Khawarij' vehicle-borne suicide attack on post in Spinwam foiled; all six khawarij neutralised",
  """In the early morning of 27 September 2026, khawarij attempted to attack a security forces post in the general area of Spinwam, North Waziristan District. The attempt to enter the post was effectively thwarted by the troops, whereupon the khawarij rammed an explosive-laden vehicle into the perimeter wall of the post. The suicide blast caused the collapse of a portion of the wall and damaged adjoining civilian houses.

In the ensuing fire exchange, all six khawarij, including the suicide bomber, were neutralised by the troops. During the exchange of fire, five brave soldiers, having fought valiantly, embraced shahadat.

Intelligence reports have clearly indicated that this attack was planned and orchestrated by khawarij operating from Afghanistan. Pakistan expects the Interim Afghan Government to fulfil its obligations and deny the use of its soil for terrorism against Pakistan. Security forces are determined to eliminate the menace of terrorism from the country.""")

R("Crescent Wire Service", "2026-09-27 16:40", ["D032"],
  "Five soldiers killed in suicide car bomb attack in North Waziristan",
  """MIRAN SHAH, Sept 27 (CWS): Five Pakistani soldiers were killed on Sunday when militants rammed an explosive-laden vehicle into a military post in North Waziristan and then tried to storm it, the military said.

All six attackers, including the suicide bomber, were killed, the Armed Forces Media Directorate said. Residents said the blast in the Spinwam area could be heard several kilometres away and damaged nearby homes.

The military blamed militants operating from Afghanistan. Islamabad has repeatedly accused the Afghan Taliban of harbouring the Pakistani Taliban, which Kabul denies.""")

R("Indus Daily Monitor", "2026-09-28 08:10", ["D032"],
  "Gul Bahadur faction claims Spinwam attack that killed five soldiers",
  """PESHAWAR: A militant faction loyal to the Hafiz Gul Bahadur group on Sunday evening claimed responsibility for the vehicle-borne suicide attack on a security forces post in Spinwam, North Waziristan, in which five soldiers were killed earlier that day.

The claim was issued through an alliance of militant groups operating in North Waziristan and neighbouring districts. It could not be independently verified. The military, which said all six attackers were killed, did not name the group, referring to the attackers as khawarij.

According to local residents, at least seven soldiers were also injured, and two houses near the post were partially damaged by the blast. A woman and a child received minor injuries from flying glass, residents said. Officials did not confirm civilian injuries.

The attack is the deadliest on security forces in North Waziristan this month. Earlier in September, three soldiers were killed in an attack on the Khajori check post near Mir Ali. The Hafiz Gul Bahadur group, which had a peace deal with the state for years, has in recent years been linked to several major attacks in the area, including suicide bombings.""", bg=["D001"])

R("Frontier Ledger", "2026-09-28 09:15", ["D032"],
  "Spinwam: residents count losses after suicide blast",
  """SPINWAM: Residents of villages around the Spinwam check post were on Monday assessing the damage caused by Sunday's suicide car bombing, in which five soldiers were martyred and six attackers were killed.

Elders said that the walls of at least two houses had collapsed and windows of dozens of homes and shops were shattered. A woman and a child were treated for minor injuries at a local dispensary. The elders demanded compensation from the government.

Mobile phone service in Spinwam and Mir Ali remained suspended for a second day, and the road to Spinwam from Mir Ali was opened only for a few hours. Funeral prayers of the martyred soldiers were held at the garrison in Miranshah, which is also written as Miran Shah, before the bodies were sent to their hometowns in Punjab and Khyber Pakhtunkhwa.""")

# ---------------------------------------------------------------- D033 Peshawar pharmacist
R("Frontier Ledger", "2026-09-29 08:40", ["D033"],
  "Pharmacist shot dead in Gulbahar; family says he refused extortion",
  """PESHAWAR: A pharmacist was shot dead at his shop in the Gulbahar area of Peshawar on Monday evening, police said.

The SHO of Gulbahar police station said two young men entered the pharmacy posing as customers and one of them opened fire on the owner, who was sitting behind the counter. He received four bullets and died on the spot. The attackers escaped on a motorcycle parked outside.

A relative said the victim had received several calls from an unknown number over the past two months demanding money and had informed the police. Police said the case was being investigated from all angles, including extortion. Traders of the area closed their shops on Tuesday and staged a protest at the Gulbahar chowk, demanding protection from extortionists.

The killing is the latest in a series of extortion-related attacks on traders and professionals in Peshawar and adjoining districts, many of which police have linked to militant networks.""")

# ---------------------------------------------------------------- D034 Mangochar blockade
R("Quetta Evening Post", "2026-09-29 17:05", ["D034"],
  "Armed men block N-25 near Mangochar, torch five vehicles",
  """KALAT: A group of armed men blocked the Quetta-Karachi highway near Mangochar in Kalat district for about two hours on Tuesday afternoon, set five vehicles on fire and took away two passengers, officials and travellers said.

According to Levies sources, around 30 armed men arrived in the area and stopped vehicles coming from both directions. They checked the identity cards of passengers and set fire to three trucks, a car and an oil tanker. Two passengers were taken away by the armed men. Their identities could not be confirmed.

Travellers who were stopped at the blockade told the Post that the armed men spoke to passengers and asked several of them where they were going and what they did for a living. "They let us go after checking our cards," a bus driver said.

Traffic remained suspended for several hours after the group left. The deputy commissioner Kalat said security forces had been sent to the area and a search for the abducted passengers was under way.""")

R("Joint Threat Assessment Cell", "2026-09-29 21:30", ["D034"],
  "Daily situation summary 29 Sep",
  """1. Balochistan / Kalat: Approx 1420-1630 hrs, approx 25-30 armed men established a blocking position on N-25 near Mangochar. Five vehicles (3 trucks, 1 car, 1 oil tanker) torched; 2 passengers abducted; identities being confirmed. BLA claimed via affiliated channel at 1815 hrs, describing the action as a "snap check". No casualties reported.

2. Assessment: fourth temporary blockade on N-25/N-40 since 1 Sep. The pattern indicates confidence of armed groups to hold ground for 1-2 hrs before SF response. Passengers from Punjab and government employees remain at heightened risk of abduction at such blockades.

3. KP: No major incident reported; routine IBOs continue in North Waziristan and Bannu.

4. Recommendation: advisory to transport operators against night and unescorted movement between Kalat and Khuzdar; QRF positioning at Mangochar and Surab.""")

R("Crescent Wire Service", "2026-09-30 10:50", ["D034"],
  "Separatists claim highway blockade in Balochistan, two passengers missing",
  """QUETTA, Sept 30 (CWS): The banned Baloch Liberation Army said on Tuesday its fighters had blocked a main highway in Kalat district for several hours and "checked" vehicles, after officials reported that five vehicles had been torched and two passengers abducted.

Levies officials said the armed men blocked the N-25 highway near Mangochar on Tuesday afternoon. There were no casualties. The whereabouts of the two passengers remained unknown on Wednesday, officials said.""")

# ---------------------------------------------------------------- D025 follow-up (two labourers freed)
R("Frontier Ledger", "2026-09-30 08:25", ["D025"],
  "Two of four abducted Tank labourers freed",
  """TANK: Two of the four construction labourers who were abducted from their camp near Gul Imam in Tank district on September 20 were released on Tuesday, police and officials of the construction company said.

The two men were handed over to local elders in a mountainous area on the border of South Waziristan and were brought to Tank in the evening. A police official said they appeared exhausted but were unhurt. He declined to say whether any ransom had been paid.

Relatives of the two remaining hostages, who are from Punjab, appealed to the government to secure their release. Police said efforts through a jirga of local elders were continuing. Work on the road project remains suspended.""")

# ---------------------------------------------------------------- D035 Kohlu, D036 Lakki
R("Quetta Evening Post", "2026-09-30 16:20", ["D035"],
  "Two boys killed in landmine blast in Kohlu",
  """KOHLU: Two boys were killed and another was injured in a landmine explosion in the Kahan area of Kohlu district on Wednesday morning, Levies officials said.

The boys, aged between 10 and 13 years, were grazing goats near a dry stream when one of them stepped on an explosive device. Two of them died on the spot, while the third was taken to the district headquarters hospital in Kohlu with injuries to his legs.

Levies officials said it was not clear whether the device had been planted recently or was a remnant of past conflict in the area. Residents said there had been several such explosions in the hills of Kohlu and Dera Bugti over the years and demanded that the government clear the area of mines.""")

R("KP Police Media Cell", "2026-09-30 12:30", ["D036"],
  "Two terrorists killed in encounter with Lakki Marwat police",
  """Lakki Marwat: On a tip-off regarding the movement of terrorists in the area of Ghazni Khel, a police party of Police Station Ghazni Khel under the supervision of SDPO laid an ambush early this morning. When the terrorists reached the spot, they were asked to surrender but they opened fire on the police party.

The police party retaliated effectively and after an exchange of fire, two terrorists were killed while their accomplices escaped taking advantage of the darkness. One police constable received minor injuries. Two Kalashnikovs, hand grenades and ammunition were recovered from the possession of the killed terrorists.

According to police, the killed terrorists were involved in attacks on police and security forces and the killing of innocent citizens in Lakki Marwat and Bannu. Search operation for their accomplices is in progress. DPO Lakki Marwat announced commendation certificates and cash rewards for the police party.""")

R("Joint Threat Assessment Cell", "2026-09-30 21:00", ["D035", "D036", "D034"],
  "Daily situation summary 30 Sep",
  """1. KP / Lakki Marwat: Approx 0530 hrs, police ambush near Ghazni Khel; 2 terrorists killed, 1 constable injured. Weapons recovered. Assessed as members of local TTP group responsible for IED attacks on police in Tajori area.

2. Balochistan / Kohlu: Approx 0900 hrs, explosive device blast near Kahan; 2 minors killed, 1 injured. Origin of device unknown (legacy landmine vs. recently planted). No claim.

3. Balochistan / Kalat follow-up: Two passengers abducted at Mangochar on 29 Sep still missing. Tribal elders engaged.

4. Threat: Reporting indicates intent by TTP-affiliated groups to target polio teams during the upcoming November campaign in southern KP. Separate threat alert follows.""")

# ---------------------------------------------------------------- threat alert (no incident)
R("Joint Threat Assessment Cell", "2026-09-26 18:00", [],
  "Threat alert: foreign nationals and CPEC project staff, Karachi and Gwadar",
  """Information has been received that a proscribed Baloch separatist organisation has tasked a small team to target foreign nationals working on CPEC and other development projects in Karachi and Gwadar. The group is reportedly conducting reconnaissance of routes used by project staff between residences and work sites, particularly in the Korangi, Port Qasim and Gwadar East Bay areas.

The possible modus operandi includes a vehicle-borne IED, a suicide bomber (possibly female) or an armed assault on a convoy. The timing is not known; the threat is assessed as valid for the next four weeks.

All concerned are requested to ensure that movement of foreign nationals takes place only with designated security escorts and in bullet-proof vehicles, that routes and timings are varied, and that unnecessary movement is restricted. Private security companies engaged by project sponsors should be briefed. Information to be shared on a strict need-to-know basis.""", marking="AMBER+STRICT", hint="TA")
