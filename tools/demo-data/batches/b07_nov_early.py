# Batch 07: 3-16 November 2026 (incidents D081-D094, follow-ups of D025 and D050)

I("D081", "2026-11-07", "KP", "Bannu", "Ghoriwala police station", "armed_assault",
  "Militants attacked Ghoriwala police station at night; one policeman and two attackers killed.",
  killed=1, injured=1, militants_killed=2, perp="Fitna al-Khawarij (attributed by police)")
I("D082", "2026-11-09", "BL", "Kech", "Turbat", "targeted_killing",
  "District office-bearer of a nationalist political party shot dead outside his office in Turbat.",
  killed=1, perp="unknown")
I("D083", "2026-11-10", "BL", "Kachhi", "near Pehro Kunri, Bolan Pass", "armed_assault",
  "Armed men fired rockets and small arms at a Quetta-bound passenger train near Pehro Kunri in the Bolan Pass; engine damaged, driver and two passengers injured; BLA claimed.",
  injured=3, perp="BLA", claimed=True)
I("D084", "2026-11-10", "KP", "North Waziristan", "Mir Ali tehsil", "targeted_killing",
  "Three members of a local peace committee shot dead in their car near Mir Ali.",
  killed=3, perp="unknown (militants suspected)")
I("D085", "2026-11-11", "KP", "Dera Ismail Khan", "Paroa tehsil", "armed_assault",
  "Gunmen fired on a polio vaccination team in Paroa tehsil during the national campaign; a female vaccinator and the police escort injured.",
  injured=2, perp="unknown")
I("D086", "2026-11-12", "KP", "Khyber", "Jamrud", "armed_assault",
  "Gunmen attacked a police check post near Jamrud at night; one policeman killed, one injured.",
  killed=1, injured=1, perp="unknown")
I("D087", "2026-11-12", "BL", "Quetta", "Eastern Bypass", "armed_assault",
  "Two policemen at a check post on the Eastern Bypass shot dead by gunmen on a motorcycle in the evening.",
  killed=2, perp="unknown (Fitna al-Hindustan suspected)")
I("D088", "2026-11-13", "BL", "Kalat", "Johan", "ied",
  "IED struck an FC vehicle near Johan; two soldiers killed, three injured.",
  killed=2, injured=3, perp="Fitna al-Hindustan (attributed by military)")
I("D089", "2026-11-13", "SD", "Karachi (Malir)", "near Port Qasim", "armed_assault",
  "Gunmen fired on an escort vehicle of a convoy carrying foreign engineers near Port Qasim; one private security guard killed, one policeman injured, foreigners unhurt; BLA claimed.",
  killed=1, injured=1, perp="BLA", claimed=True)
I("D090", "2026-11-14", "KP", "Orakzai", "Kalaya bazaar", "ied",
  "IED planted on a motorcycle exploded in Kalaya bazaar; two civilians killed, seven injured.",
  killed=2, injured=7, perp="unknown")
I("D091", "2026-11-14", "BL", "Panjgur", "Parom", "security_operation",
  "Intelligence-based operation in the Parom area of Panjgur; six militants killed.",
  militants_killed=6, perp="Fitna al-Hindustan (target of operation)")
I("D092", "2026-11-15", "KP", "North Waziristan", "Shewa", "drone_strike",
  "Quadcopter dropped explosives on a security forces check post in Shewa; one soldier injured (a citizen page reported a death).",
  injured=1, perp="unknown")
I("D093", "2026-11-16", "KP", "Bannu", "Township", "targeted_killing",
  "Off-duty Special Branch police official shot dead near his home in the Township area of Bannu.",
  killed=1, perp="unknown")
I("D094", "2026-11-16", "BL", "Nushki", "Nushki town", "grenade",
  "Hand grenade thrown into the house of a tribal elder in Nushki at night; two family members injured.",
  injured=2, perp="unknown")

# ---------------------------------------------------------------- CMC monthly October
R("Conflict Monitoring Collective", "2026-11-03 11:00", ["D063", "D052", "D065", "D053"],
  "Monthly security assessment: October 2026",
  """The Collective recorded 76 militant attacks in October 2026, slightly more than in September, but fewer fatalities: 131 people were killed, including 58 security personnel and 73 civilians, and 212 were injured. Security forces reported killing 104 militants, the highest monthly figure this year.

The deadliest attack was the vehicle-borne suicide assault on a security forces camp at Bakakhel, Bannu, on 25 October (10 killed, including four civilians). Other major incidents included the suicide bombing of a police check post near Regi Model Town in Peshawar on 15 October (three policemen killed) and the bombing of the Hazarganji vegetable market in Quetta on 27 October (five killed, 18 injured).

Abductions rose notably. Passengers were taken off a coach near Hoshab in Kech on 16 October and two of them were later found dead, while engineers and workers were abducted in Lakki Marwat and Zhob. The Collective recorded 11 kidnapping incidents in October, against four in September.

In Khyber Pakhtunkhwa, the southern districts of Bannu, Lakki Marwat, Dera Ismail Khan and Tank again accounted for about half of all attacks in the province. Balochistan saw attacks spread across at least 15 districts.

Methodology: figures are compiled from media reports, official statements and field researchers; where sources differ, the Collective uses the most recent official figure unless its researchers have verified otherwise.""", bg=["D050", "D068"])

# ---------------------------------------------------------------- D081 Bannu
R("KP Police Media Cell", "2026-11-08 10:30", ["D081"],
  "Two khawarij killed as attack on PS Ghoriwala foiled; one jawan martyred",
  """Bannu: Last night at about 2315 hours, khawarij attacked Police Station Ghoriwala, District Bannu, from two directions with heavy weapons. The police jawans on duty took positions and responded with full force. The exchange of fire continued for about 45 minutes.

As a result of the effective response of the police, two khawarij were killed and their bodies were recovered from the fields near the police station, while their accomplices fled. One police jawan embraced shahadat and one was injured. Weapons and ammunition were recovered from the killed khawarij.

RPO Bannu visited the police station and appreciated the bravery of the jawans. He said that Bannu Police had foiled dozens of attacks this year and would continue to defend the people with their blood.""")

# ---------------------------------------------------------------- D050 recovery of hostages
R("KP Police Media Cell", "2026-11-09 18:30", ["D050"],
  "Abducted engineers and driver recovered safely in joint operation",
  """Lakki Marwat: In a joint intelligence-based operation by Lakki Marwat Police, CTD and security forces in the mountainous area adjoining Pezu, the two engineers and the driver of a private company who were abducted on 12th October have been recovered safe and sound.

During the operation, the abductors opened fire on the joint team. In the exchange of fire, three kidnappers belonging to Fitna al-Khawarij were killed while others fled. No loss of life occurred to the team or the hostages. Weapons and ammunition were recovered from the killed kidnappers.

The recovered persons were medically examined and handed over to their families at the DPO office. IGP Khyber Pakhtunkhwa congratulated DPO Lakki Marwat and his team on the successful operation.""")

R("Indus Daily Monitor", "2026-11-10 08:15", ["D050"],
  "Engineers abducted in Lakki Marwat freed after four weeks",
  """PESHAWAR: Two engineers and a driver who were abducted by militants in Lakki Marwat district on October 12 were freed in an operation by police and security forces on Monday, officials said.

Police said three of the kidnappers were killed in an exchange of fire in the mountains near Pezu, where the hostages had been held. The hostages were unharmed. Officials did not say whether negotiations had preceded the operation; relatives of one of the engineers had earlier told reporters that the abductors had demanded a large ransom.

The exploration company said it would resume work in the area once a new security plan had been agreed with the district administration. Kidnappings of workers and officials have risen sharply in southern Khyber Pakhtunkhwa this year.""")

R("Frontier Ledger", "2026-11-10 09:10", ["D050"],
  "Pezu hostages return home to jubilant families",
  """LAKKI MARWAT: Two engineers and a driver who spent four weeks in captivity returned to their homes on Monday night, where relatives and neighbours welcomed them with garlands and celebratory gunfire.

One of the engineers told this correspondent that the captives had been moved several times between hideouts in the mountains and had been kept blindfolded for most of the time. "We were not beaten, but every night we thought it would be our last," he said.

Police said three kidnappers were killed during the rescue operation. The three men had been abducted near Pezu on October 12 while returning from a survey site.""")

# ---------------------------------------------------------------- polio campaign launch (no incident)
R("Crescent Wire Service", "2026-11-09 13:10", [],
  "Polio drive begins in KP amid tight security",
  """PESHAWAR, Nov 9 (CWS): A week-long polio vaccination campaign began across Khyber Pakhtunkhwa on Monday, with more than 20,000 police personnel deployed to protect vaccination teams, officials said.

The campaign aims to vaccinate around 6.5 million children under the age of five, the provincial Emergency Operations Centre said. In the southern districts of Bannu, Lakki Marwat, Dera Ismail Khan and Tank, as well as in North and South Waziristan, the campaign will be conducted in phases to allow police to concentrate escorts.

Officials said teams had been instructed to vary their routes and timings. A policeman escorting a polio team was shot dead in Dera Ismail Khan in September. Pakistan has reported new wild poliovirus cases this year, most of them from southern Khyber Pakhtunkhwa and Karachi.""", bg=["D030"])

# ---------------------------------------------------------------- Home Dept Gwadar security review (no incident)
R("Balochistan Home Department Statement Desk", "2026-11-09 16:00", [],
  "Security of foreign nationals and projects in Gwadar reviewed",
  """A meeting to review the security of foreign nationals and development projects in Gwadar was held at the Civil Secretariat under the chairmanship of the Additional Chief Secretary Home. Representatives of the Gwadar Port Authority, Gwadar Development Authority, Special Security Division, police, FC and the district administration attended the meeting.

The meeting reviewed the implementation of standard operating procedures for the movement of foreign nationals, the functioning of the safe city project in Gwadar and the security of the East Bay Expressway and the new airport. The meeting was informed that additional CCTV cameras had been installed and that all project sponsors had been directed to share movement plans with the district administration 24 hours in advance.

The Additional Chief Secretary directed that no movement of foreign nationals be allowed without escort and that private security companies be audited for compliance. He also directed the district administration to engage local fishermen and traders to address their grievances about restrictions on movement in the port area.""")

# ---------------------------------------------------------------- D082 Turbat
R("Quetta Evening Post", "2026-11-10 12:40", ["D082"],
  "Political worker shot dead in Turbat",
  """TURBAT: A district office-bearer of a nationalist political party was shot dead by unidentified gunmen outside his office in Turbat on Monday evening, police said.

According to police, the gunmen arrived on a motorcycle and opened fire as he was locking the office. He died on the way to the Teaching Hospital. The attackers escaped.

Party workers staged a protest on the Main Road and blocked traffic for several hours. Party leaders condemned the killing and said that political workers in Makran were being targeted for their peaceful politics. The deputy commissioner Kech said an investigation had been ordered. No one claimed responsibility.""")

# ---------------------------------------------------------------- COAS/leadership visit (no incident)
R("Armed Forces Media Directorate", "2026-11-10 18:15", [],
  "Senior military leadership visits Bannu, meets injured of Bakakhel attack",
  """The Corps Commander Peshawar visited Bannu today. On arrival, he laid a floral wreath at the Yadgar-e-Shuhada and offered fateha. He was briefed on the security situation in the area and the ongoing counter-terrorism operations.

He later visited the Combined Military Hospital Bannu and met the soldiers and civilians injured in the khawarij attack on the Bakakhel camp last month. He lauded the resilience of the people of Bannu and said that the security forces, in collaboration with the police and the people, will continue to target khawarij and their facilitators until peace is fully restored.

The Corps Commander also met a jirga of elders of Bannu and Bakakhel and assured them that the houses damaged in the attack are being rebuilt and compensation is being paid.""", bg=["D063"])

# ---------------------------------------------------------------- D083 Bolan train attack
R("Sapphire News 24", "2026-11-10 11:50", ["D083"],
  "Passenger train fired upon in Bolan",
  """A Quetta-bound passenger train has come under attack in the Bolan area. According to railway sources, armed men opened fire on the train near Pehro Kunri and a rocket hit the engine.

The driver of the train is reported injured. The train has stopped and passengers are inside. Security forces have reached the area. Railway officials say there are around 300 passengers on the train. Stay with Sapphire News 24 for updates.""")

R("Crescent Wire Service", "2026-11-10 15:20", ["D083"],
  "Gunmen attack passenger train in Balochistan, three injured",
  """QUETTA, Nov 10 (CWS): Armed men fired rockets and guns at a passenger train in the Bolan Pass area of Balochistan on Tuesday, injuring the driver and two passengers, officials said.

The train, travelling towards Quetta, was attacked near Pehro Kunri, a railway spokesperson said. The engine was damaged, and passengers were later moved to another train under the protection of security forces. The banned Baloch Liberation Army claimed responsibility.

Train services through the Bolan Pass were suspended.""")

R("Joint Threat Assessment Cell", "2026-11-10 21:30", ["D083", "D084"],
  "Daily situation summary 10 Nov",
  """1. Balochistan / Kachhi: Approx 1050 hrs, Quetta-bound passenger train engaged with RPG and small arms fire near Pehro Kunri (Bolan Pass) by approx 10-12 armed men from high ground. Engine damaged; driver and 2 passengers injured. No attempt to board. Passengers transferred to relief train at 1630 hrs under FC cover. BLA claim at 1400 hrs. Reference threat alert on railway infrastructure issued 30 Oct.

2. KP / North Waziristan: Approx 1600 hrs, three members of a local peace committee shot dead in their vehicle near Mir Ali. No claim. Peace committee members in NWA have been repeatedly targeted.

3. Assessment: the train attack indicates continued capability in the Bolan section despite enhanced patrols. The absence of a boarding attempt suggests a limited harassment objective. Rail traffic through Bolan remains suspended pending route clearance.""")

R("Quetta Evening Post", "2026-11-11 16:30", ["D083"],
  "Bolan train attack: passengers recount ordeal",
  """QUETTA: Passengers of the Quetta-bound train that came under rocket and gunfire in the Bolan Pass on Tuesday said they spent more than five hours lying on the floor of the coaches before security forces arrived to escort them to a relief train.

"We heard a loud bang and the train stopped. Then there was firing from the mountains," a schoolteacher travelling with his family said. "Children were crying. The railway staff told us to lie down and close the windows." The driver of the train was injured by splinters and two passengers received minor injuries.

The banned BLA claimed responsibility. Railway officials said train services through the Bolan Pass would remain suspended until the route was cleared. In September, a section of the track between Mach and Aab-e-Gum was blown up before a passenger train was due, and a second explosive device was found nearby.""", bg=["D017"])

# ---------------------------------------------------------------- D084 Mir Ali peace committee
R("Waziristan Awaz Citizen Page", "2026-11-10 17:30", ["D084"],
  "Three aman committee members martyred near Mir Ali",
  """Very sad news. Three members of aman committee martyred in firing near Mir Ali this evening. They were coming back from a jirga in their car when unknown people fired on them. All three died on the spot.

They were respected people who worked for peace in the area. This is another attack on elders. Who is protecting the elders of Waziristan? The funeral will be tomorrow in the village after Zuhr prayer and elders have asked all tribes to attend.""")

R("Frontier Ledger", "2026-11-11 08:40", ["D084"],
  "Three peace committee members shot dead in North Waziristan",
  """MIR ALI: Three members of a local peace committee were shot dead by unidentified gunmen near Mir Ali in North Waziristan on Tuesday evening, local officials and residents said.

The three men were returning from a jirga when gunmen opened fire on their car from the roadside. All three died on the spot. Residents said the men had been active in efforts to resolve local disputes and had taken part in talks with the administration on the return of displaced families.

No group claimed responsibility, but residents blamed militants who they said had threatened peace committee members in the area. Last month, a pro-government elder was shot dead in Wana bazaar in South Waziristan. Elders from Mir Ali called for a grand jirga to discuss the security situation.""", bg=["D039"])

# ---------------------------------------------------------------- D085 Paroa polio team
R("KP Police Media Cell", "2026-11-11 14:00", ["D085"],
  "Polio team attacked in Paroa; vaccinator and police jawan injured",
  """Dera Ismail Khan: Today, during the anti-polio campaign, unknown accused riding a motorcycle opened fire on a polio team in a village within the limits of Police Station Paroa. As a result, a lady vaccinator and the police constable deputed for the security of the team got injured. Both were shifted to DHQ Hospital DIK, where their condition is stated to be stable.

The police constable returned fire, due to which the accused fled. DPO DIK reached the hospital and inquired after the health of the injured. The area was cordoned off and a search operation is in progress. The campaign in the rest of the district is continuing under tight security.""")

R("Indus Daily Monitor", "2026-11-12 08:20", ["D085"],
  "Attack on polio team in D.I. Khan mars vaccination drive",
  """PESHAWAR: Gunmen on a motorcycle opened fire on a polio vaccination team in Paroa tehsil of Dera Ismail Khan on Wednesday, wounding a female vaccinator and a police escort, officials said, as a nationwide campaign entered its third day.

Both were taken to hospital and were said to be out of danger. The escort returned fire and the attackers fled. The provincial Emergency Operations Centre said the campaign was continuing in the district but had been suspended for the day in the affected union council.

In September, a policeman escorting a polio team in Paharpur, also in D.I. Khan, was shot dead. Health officials had warned before the campaign that militants had threatened vaccination teams in the southern districts.""", bg=["D030"])

# ---------------------------------------------------------------- KP jirga Tirah (no incident)
R("Frontier Ledger", "2026-11-11 19:30", [],
  "Tirah elders, KP government discuss return of displaced families",
  """PESHAWAR: A jirga of elders from Tirah valley met the Khyber Pakhtunkhwa chief minister in Peshawar on Wednesday to discuss the security situation in the valley and the return of families who left their homes after clashes between security forces and militants in recent months.

The elders said that hundreds of families from Bagh Maidan and adjoining areas were living with relatives in Bara and Peshawar and were unable to return because of fears of further fighting. They demanded that the government ensure that civilians were not harmed in operations and that compensation be paid for damaged houses and crops.

The chief minister said the provincial government would form a committee comprising elected representatives, officials and elders to assess damages and prepare a plan for the return of families. He said the government favoured dialogue and the involvement of elders in restoring peace. No timeline was announced.""", bg=["D059"])

# ---------------------------------------------------------------- D086 Jamrud, D087 Quetta
R("KP Police Media Cell", "2026-11-13 09:00", ["D086"],
  "Police jawan martyred in attack on check post near Jamrud",
  """Khyber: Last night, unknown terrorists attacked a police check post near Jamrud on the Peshawar-Torkham road. The police jawans responded bravely. During the exchange of fire, one police jawan embraced shahadat while another got injured.

DPO Khyber along with police contingents reached the spot. The area was cordoned off and a search operation was launched. The funeral prayer of the shaheed was offered at Police Lines Khyber.""")

R("Frontier Ledger", "2026-11-13 18:40", ["D086", "D025"],
  "Cop martyred near Jamrud; last two Tank hostages freed",
  """JAMRUD/TANK: A policeman was martyred and another was injured when unidentified gunmen attacked a police check post near Jamrud on the Torkham road late on Thursday night, police said.

The attackers fired from a nearby graveyard and fled after the police returned fire. Police said the check post had been attacked twice earlier this year.

Separately, the two remaining labourers among the four who were kidnapped from a road construction camp near Gul Imam in Tank district in September were released on Thursday, police said. Two of the four had been freed at the end of September. The released men, both from Punjab, were handed over to a jirga of local elders and later brought to Tank. Police did not comment on reports that a ransom had been paid.""")

R("Quetta Evening Post", "2026-11-12 21:10", ["D087"],
  "Two policemen gunned down at Eastern Bypass check post",
  """QUETTA: Two policemen were shot dead by unidentified gunmen at a police check post on the Eastern Bypass in Quetta on Thursday evening.

Police said the gunmen, riding a motorcycle, fired at the two constables who were checking vehicles at the post and fled towards the Kili Almas area. Both policemen died on the spot. Their funeral prayers will be offered at the Police Lines on Friday.

The killing of the policemen is the latest in a series of attacks on police in the provincial capital. Police officials said checking on the Eastern Bypass had been intensified after the Hazarganji market blast last month.""", bg=["D065"])

R("CTD Balochistan Operations Desk", "2026-11-13 11:30", ["D087"],
  "Target killing of two constables, Eastern Bypass, Quetta",
  """On 12-11-2026 at approx 1815 hrs, two constables of Quetta Police on duty at the Eastern Bypass check post were shot dead by two individuals on a motorcycle. 13 empties of 9mm recovered. The attackers fled towards Kili Almas.

Method is similar to the Satellite Town killing of a retired SI on 04-10-2026 and previous killings of police personnel on the bypass. Ballistic comparison has been requested. No claim received; a Fitna al-Hindustan urban cell operating from the Eastern Bypass localities is suspected.

Recommendations: check posts on Eastern Bypass to be manned by not fewer than four personnel with one in a covering position; motorcycle snap checking in Kili Almas and adjoining areas.""", marking="AMBER", bg=["D041"])

# ---------------------------------------------------------------- threat alert Quetta (no incident)
R("Joint Threat Assessment Cell", "2026-11-12 17:00", [],
  "Threat alert: suicide attack in Quetta (follow-up to Kuchlak arrest)",
  """Interrogation of the individual arrested in the Kuchlak raid of 07/08 Nov indicates that one more trained suicide bomber, possibly a woman, is available to the same network and may be moved to Quetta for an attack on a gathering of security personnel, a hospital, or a religious or political gathering in the coming two weeks.

Handlers reportedly use Kuchlak, Sariab and the Eastern Bypass localities for shelter and movement. The bomber may use public transport or a rickshaw and may wear a burqa.

All concerned are requested to deploy women searchers at hospitals and at entrances of gatherings, to avoid large assemblies of uniformed personnel at funerals and pay offices, and to share this alert only with those who need to act on it.""", marking="AMBER+STRICT", hint="TA", bg=["D080"])

# ---------------------------------------------------------------- ATC Peshawar old case (no incident)
R("Indus Daily Monitor", "2026-11-12 20:00", [],
  "ATC acquits three suspects in 2022 extortion-bombing case",
  """PESHAWAR: An anti-terrorism court in Peshawar on Thursday acquitted three men accused of involvement in a 2022 bomb attack on a shop whose owner had refused to pay extortion, ruling that the prosecution had failed to prove its case.

In its judgment, the court noted that the recovery of explosives from the accused was made without independent witnesses, that the statements of the complainant contradicted the police record, and that the alleged confessions had been recorded while the accused were in police custody. "Suspicion, however strong, cannot take the place of proof," the judge wrote.

The prosecution said it would consult the Counter Terrorism Department on filing an appeal in the Peshawar High Court. Lawyers say weak investigation and the lack of witness protection remain major reasons for low conviction rates in terrorism cases in the province, where witnesses are often unwilling to testify out of fear.""")

# ---------------------------------------------------------------- D088 Kalat IED
R("Armed Forces Media Directorate", "2026-11-13 19:20", ["D088"],
  "Two soldiers embrace shahadat in IED blast in Kalat",
  """On 13 November 2026, terrorists of Indian-sponsored Fitna al-Hindustan targeted a security forces vehicle with an improvised explosive device in the general area of Johan, Kalat District. As a result, two brave soldiers embraced shahadat, while three were injured and evacuated to CMH Quetta.

A sanitisation operation is being conducted in the area. The perpetrators of this cowardly act will be brought to justice, and such acts of terrorism will not deter the resolve of the security forces to restore lasting peace in Balochistan.""")

# ---------------------------------------------------------------- D089 Karachi Port Qasim
R("Sapphire News 24", "2026-11-13 09:40", ["D089"],
  "Firing on convoy of foreign nationals near Port Qasim",
  """Firing has been reported on a convoy carrying foreign nationals near Port Qasim in Karachi this morning. According to police sources, the foreign nationals are safe.

One security guard of a private company escorting the convoy has been killed and a policeman injured. The attackers fled. Senior police officers have reached the spot and the area has been cordoned off. Sapphire News 24 will update this story.""")

R("Crescent Wire Service", "2026-11-13 14:10", ["D089"],
  "Gunmen attack convoy of foreign engineers in Karachi; guard killed",
  """KARACHI, Nov 13 (CWS): Gunmen opened fire on a convoy carrying foreign engineers near Port Qasim in Karachi on Friday, killing a private security guard and wounding a policeman, police said. The foreign nationals were unhurt.

Two attackers on a motorcycle fired at the escort vehicle at the rear of the three-vehicle convoy as it slowed at a turn, a senior police officer said. The escort returned fire and the attackers escaped.

The banned Baloch Liberation Army claimed responsibility. Separatist militants have attacked foreign nationals working on projects in Karachi and Balochistan several times in recent years. The Sindh home minister ordered a review of security arrangements for foreigners.""")

R("Metro Karachi Times", "2026-11-14 09:00", ["D089"],
  "Port Qasim attack: police examine CCTV, review escort SOPs",
  """KARACHI: Police on Saturday were examining CCTV footage from the industrial area near Port Qasim to trace the two gunmen who attacked a convoy carrying foreign engineers on Friday morning, killing a private security guard.

A senior officer of the Special Protection Unit said the convoy had followed a fixed route at the same time every morning for weeks, in violation of the standard operating procedures that require routes and timings to be varied. "This made the convoy predictable," he said. The guard, who worked for a private security company, was sitting in the rear escort vehicle. A police constable in the same vehicle was wounded in the leg.

The foreign engineers work at an industrial project near the port. Their employer has suspended work for three days. The BLA claimed responsibility for the attack. Police said the claim was being examined.""")

R("Indus Daily Monitor", "2026-11-14 21:30", ["D089"],
  "Karachi convoy attack revives concerns over security of foreign workers",
  """KARACHI: Friday's attack on a convoy carrying foreign engineers near Port Qasim, in which a security guard was killed, has revived concerns over the safety of foreign nationals in Pakistan and the effectiveness of the multi-layered security arrangements put in place for them.

Officials said the attack was claimed by the banned Baloch Liberation Army. The engineers were unhurt. Investigators believe the attackers had carried out surveillance of the convoy's route, which had not been varied for weeks.

Foreign governments and companies have repeatedly pressed Pakistan to improve protection for their staff after a number of attacks in Karachi, Gwadar and Khyber Pakhtunkhwa over the past decade. The federal interior ministry said on Saturday that it would audit the security arrangements of all projects employing foreign nationals in Sindh and Balochistan.

Separatist groups have also stepped up attacks on other targets in Karachi this year. In October, a motorcycle bomb exploded outside a police station in Lyari, killing a passer-by.""", bg=["D058"])

# ---------------------------------------------------------------- D090 Orakzai, D091 Panjgur
R("Frontier Ledger", "2026-11-15 08:30", ["D090"],
  "Two killed in Kalaya bazaar blast",
  """KALAYA: Two people were killed and seven others injured when a bomb planted on a motorcycle exploded in the bazaar of Kalaya, the headquarters of Orakzai district, on Saturday afternoon.

Police said the explosive device had been fitted to a motorcycle parked near a row of shops and was detonated by remote control. The dead included a shopkeeper and a customer. The injured were taken to the district headquarters hospital and three were later referred to Kohat.

The district police officer said the target of the attack was not clear. No group claimed responsibility. Traders closed the bazaar in protest and demanded better security.""")

R("Armed Forces Media Directorate", "2026-11-14 18:30", ["D091"],
  "Six terrorists of Fitna al-Hindustan neutralised in Panjgur",
  """On 14 November 2026, security forces conducted an intelligence based operation in the general area of Parom, Panjgur District, on reported presence of terrorists belonging to Indian proxy Fitna al-Hindustan. During the conduct of the operation, own troops effectively engaged the terrorists' location and, after an intense exchange of fire, six terrorists were neutralised.

Weapons, ammunition and explosives were also recovered from the killed terrorists, who remained actively involved in numerous terrorist activities in the area, including attacks on security forces and the killing of innocent labourers. A sanitisation operation is being carried out to eliminate any other terrorists found in the area.""")

# ---------------------------------------------------------------- interior minister presser (no incident)
R("Sapphire News 24", "2026-11-15 16:45", [],
  "Interior minister announces review of National Action Plan implementation",
  """Federal Interior Minister has announced that a comprehensive review of the implementation of the National Action Plan will be carried out in consultation with the provinces, and that a meeting of the federal and provincial apex committees will be held later this month.

Addressing a press conference in Islamabad, the minister said that terrorism had increased in Khyber Pakhtunkhwa and Balochistan and that the government was determined to deal with it through a combination of operations, better policing, border management and action against terror financing. He said that the strength of the Counter Terrorism Departments would be increased and that a national forensic and intelligence fusion capability would be set up.

Replying to questions, the minister said that there would be no talks with groups that did not accept the Constitution, and that Pakistan expected Afghanistan to act against militants using its soil. He also said that action would be taken against social media accounts spreading terrorist propaganda.""")

# ---------------------------------------------------------------- D092 Shewa (single, citizen page)
R("Waziristan Awaz Citizen Page", "2026-11-15 20:10", ["D092"],
  "Quadcopter attack on check post in Shewa",
  """A quadcopter dropped a bomb on the security check post in Shewa area this afternoon. According to local people one soldier has been martyred. After the attack the soldiers fired in the air and the road was closed for two hours.

These quadcopter attacks are increasing in all areas of North Waziristan and people are afraid. No official news has come about this attack and nobody has claimed it. Shopkeepers near the check post closed their shops early. We will update if more information comes from reliable people in Shewa.""")

# ---------------------------------------------------------------- D093 Bannu, D094 Nushki
R("Frontier Ledger", "2026-11-17 08:25", ["D093"],
  "Special Branch official shot dead in Bannu Township",
  """BANNU: An official of the police Special Branch was shot dead by unidentified gunmen near his home in the Township area of Bannu on Monday evening, police said.

The official, who was off duty, was walking back from a mosque when two men on a motorcycle fired at him. He died on the spot. Police said the attackers had escaped before police reached the scene.

Special Branch and intelligence personnel have been frequently targeted in Bannu and Lakki Marwat this year. Earlier this month, a policeman was martyred in an attack on the Ghoriwala police station in Bannu.""", bg=["D081"])

R("Quetta Evening Post", "2026-11-17 12:20", ["D094"],
  "Two injured as grenade hurled into house of tribal elder in Nushki",
  """NUSHKI: Two members of the family of a tribal elder were injured when unidentified men threw a hand grenade into his house in Nushki late on Monday night, police said.

The grenade landed in the courtyard of the house, injuring the elder's son and nephew, who were shifted to the district hospital. Their condition was stated to be out of danger. The elder has been associated with the government's reconciliation efforts in the district, local sources said.

Police registered a case and launched an investigation. No group claimed responsibility.""")

# ---------------------------------------------------------------- CMC weekly 2-8 Nov
R("Conflict Monitoring Collective", "2026-11-09 12:00", ["D072", "D073", "D075", "D076", "D080"],
  "Weekly security brief: 2-8 November 2026",
  """The Collective recorded 17 militant attacks between 2 and 8 November, in which 19 people were killed (11 security personnel and 8 civilians). Security forces reported killing 15 militants in operations, including a drone strike in Datta Khel whose circumstances remain disputed.

In Lakki Marwat, three policemen were killed by a roadside bomb near Serai Naurang on 2 November. On 3 November, four FC personnel were killed in an attack on a post in Mand, near the Iranian border, in an attack claimed by the BLF. In Kurram, gunmen attacked a goods convoy near Mandori on 5 November, killing two drivers and torching three trucks, which led to another suspension of convoys to Upper Kurram.

The drone strike in Datta Khel on 4 November was reported by security officials to have killed four militants; residents said a woman and a teenage boy were also killed. No authority has acknowledged carrying out the strike. The Collective records this incident as "unclaimed", with contested civilian casualties.

In Quetta, the CTD said two militants were killed in a raid in Kuchlak on the night of 7-8 November.""")
