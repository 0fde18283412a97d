# Batch 02: 10-20 September 2026 (incidents D012-D025)

I("D012", "2026-09-10", "KP", "South Waziristan", "Sararogha", "security_operation",
  "Intelligence-based operation near Sararogha; seven militants killed, weapons recovered; no security losses reported.",
  militants_killed=7, perp="Fitna al-Khawarij (target of operation)")
I("D013", "2026-09-10", "KP", "Lakki Marwat", "Tajori", "ied",
  "Roadside IED struck a police van on the Tajori road; three policemen killed, two injured.",
  killed=3, injured=2, perp="unknown")
I("D014", "2026-09-11", "KP", "Khyber", "Akka Khel, Bara tehsil", "infrastructure",
  "Militants set a mobile phone tower and its generator room on fire in Akka Khel, Bara, after the owner refused extortion demands; guard beaten, no deaths.",
  injured=1, perp="suspected Lashkar-e-Islam / local militant group")
I("D015", "2026-09-12", "BL", "Panjgur", "FC camp, Chitkan (Panjgur town)", "armed_assault",
  "Night attack on an FC camp on the outskirts of Panjgur town repulsed; two FC personnel killed, four attackers killed; BLA claimed with inflated figures.",
  killed=2, injured=3, militants_killed=4, perp="BLA", claimed=True)
I("D016", "2026-09-12", "KP", "Peshawar", "Mattani", "grenade",
  "Hand grenade thrown at a police picket in Mattani at night; two constables injured.",
  injured=2, perp="unknown")
I("D017", "2026-09-13", "BL", "Kachhi", "between Mach and Aab-e-Gum, Bolan", "infrastructure",
  "Explosion damaged a section of the railway track between Mach and Aab-e-Gum before a passenger train was due; train halted at Mach, no casualties.",
  perp="unknown (Fitna al-Hindustan suspected)")
I("D018", "2026-09-14", "KP", "Bannu", "Miryan police station", "armed_assault",
  "Militants attacked Miryan police station late at night; two policemen killed, one injured.",
  killed=2, injured=1, perp="Fitna al-Khawarij (attributed by police)")
I("D019", "2026-09-14", "KP", "Bannu", "Jani Khel, Bannu-Miranshah road", "ied",
  "IED struck a security forces vehicle on the Bannu-Miranshah road near Jani Khel in the morning; one soldier killed, three injured.",
  killed=1, injured=3, perp="unknown")
I("D020", "2026-09-15", "BL", "Mastung", "Kardgap Levies station", "armed_assault",
  "Armed men stormed the Kardgap Levies station, took weapons and set vehicles on fire; one Levies sepoy killed.",
  killed=1, injured=1, perp="suspected BLA")
I("D021", "2026-09-16", "SD", "Karachi (East)", "Gulshan-e-Iqbal Block 13", "targeted_killing",
  "Prayer leader of a neighbourhood mosque shot dead by two motorcyclists after Isha prayers.",
  killed=1, perp="unknown (sectarian motive suspected)")
I("D022", "2026-09-17", "KP", "North Waziristan", "Miranshah", "drone_strike",
  "Quadcopter dropped explosives on a house in a village near Miranshah; two children killed, three family members injured; responsibility disputed, residents held a sit-in.",
  killed=2, injured=3, perp="disputed")
I("D023", "2026-09-18", "BL", "Zhob", "Sambaza, Pak-Afghan border", "security_operation",
  "Security forces intercepted a group trying to infiltrate from Afghanistan in the Sambaza area; eight militants killed.",
  militants_killed=8, perp="Fitna al-Khawarij (target of operation)")
I("D024", "2026-09-19", "BL", "Nushki", "N-40 near Nushki", "armed_assault",
  "FC convoy hit by an IED and gunfire on the N-40 near Nushki; three FC personnel killed, four injured; four attackers killed in the follow-up; BLA claimed.",
  killed=3, injured=4, militants_killed=4, perp="BLA", claimed=True)
I("D025", "2026-09-20", "KP", "Tank", "Tank-Jandola road, Gul Imam area", "kidnapping",
  "Four labourers of a road construction firm abducted from their camp at night; two freed on 29 September, the other two released on 12 November.",
  kidnapped=4, perp="suspected local TTP faction")

# ---------------------------------------------------------------- D012 / D013
R("Armed Forces Media Directorate", "2026-09-10 18:40", ["D012"],
  "Seven khawarij neutralised in IBO in South Waziristan",
  """On 10 September 2026, security forces conducted an intelligence based operation in the general area of Sararogha, South Waziristan District, on reported presence of khawarij belonging to Indian proxy Fitna al-Khawarij.

During the conduct of the operation, own troops effectively engaged the khawarij location and, after an intense exchange of fire, seven khawarij were neutralised. Weapons, ammunition and explosives were also recovered from the khawarij, who remained actively involved in numerous terrorist activities against the security forces as well as the killing of innocent civilians.

A sanitisation operation is being conducted to eliminate any other kharji found in the area. Security forces of Pakistan are determined to wipe out the menace of Indian-sponsored terrorism from the country.""")

R("KP Police Media Cell", "2026-09-10 13:20", ["D013"],
  "Three police jawans martyred in IED blast in Lakki Marwat",
  """Lakki Marwat: Today at about 1015 hours, a police mobile of Police Station Tajori was on routine patrol when an improvised explosive device planted by terrorists on the roadside exploded near the vehicle. As a result, three police jawans embraced shahadat while two were injured, who were immediately shifted to the hospital.

The District Police Officer Lakki Marwat along with heavy contingents of police reached the spot. The area was cordoned off and a search operation was launched. The Bomb Disposal Unit collected evidence from the site.

The Inspector General of Police Khyber Pakhtunkhwa expressed deep grief over the shahadat of the police jawans and said the sacrifices of the police will not go in vain. The funeral prayers of the shuhada will be offered at Police Lines Lakki Marwat with full official honour.""")

R("Crescent Wire Service", "2026-09-10 15:05", ["D013"],
  "Roadside bomb kills three police in Lakki Marwat",
  """LAKKI MARWAT, Sept 10 (CWS): Three policemen were killed and two wounded on Thursday when a roadside bomb hit their vehicle in the Tajori area of Lakki Marwat district, police said.

The bomb went off as the police van was on patrol in the morning, a district police spokesperson said. No group immediately claimed responsibility. Police in Lakki Marwat and neighbouring Bannu have come under frequent attack from militants in recent months, including with roadside bombs and quadcopters.""")

R("Frontier Ledger", "2026-09-11 08:20", ["D013", "D012"],
  "Lakki cops laid to rest; seven militants killed in South Waziristan",
  """LAKKI MARWAT: The funeral prayers of three policemen who were martyred in a roadside bomb blast in Tajori on Thursday were offered at the Police Lines, after which the bodies were sent to their native villages in Lakki and Bannu districts.

Police said the explosive device had been buried under a culvert on the Tajori-Pezu link road and detonated with a remote control as the patrol van passed. The two injured policemen were stated to be out of danger. Local elders said it was the second attack on police in the Tajori area since August and demanded that more police posts be established along the road.

Meanwhile in South Waziristan, seven militants were killed in an intelligence-based operation in the Sararogha area on Thursday, the military's media wing said. It said weapons and explosives were recovered from the hideout. Residents of Sararogha told this correspondent that the operation continued for several hours and that some houses had been damaged, though this could not be independently confirmed.""")

# ---------------------------------------------------------------- D014 Khyber tower
R("Frontier Ledger", "2026-09-12 08:10", ["D014"],
  "Mobile tower torched in Bara after extortion demand",
  """BARA: Armed men set a mobile phone tower on fire in the Akka Khel area of Bara tehsil, Khyber district, late on Friday night, allegedly after the owner of the land refused to pay extortion money, police and locals said.

According to the police, around six masked men arrived at the site, beat up the guard, sprinkled petrol on the generator room and the equipment shelter and set them on fire. The guard was later taken to a hospital in Peshawar with minor injuries. Mobile phone and internet services in several villages of Akka Khel remained suspended on Saturday.

A relative of the landowner said the family had received threatening calls from an Afghan number over the past month demanding a large sum. Police suspect the involvement of a militant group active in the Tirah and Bara areas that has been extorting money from traders, contractors and telecom companies.

The SHO of the local police station said a case had been registered and raids were being conducted. Traders in Bara bazaar said extortion calls had increased in recent weeks and many had stopped reporting them to the police out of fear.""")

# ---------------------------------------------------------------- D015 Panjgur
R("Armed Forces Media Directorate", "2026-09-12 21:15", ["D015"],
  "Terrorists' attack on security forces camp in Panjgur repulsed",
  """On the night of 11/12 September 2026, terrorists of Indian-sponsored Fitna al-Hindustan attempted to attack a security forces camp in Panjgur District, Balochistan.

The attack was effectively repulsed by the alert troops. In the ensuing exchange of fire, four terrorists were neutralised, while two brave soldiers, having fought valiantly, embraced shahadat. Three soldiers were injured and have been evacuated to CMH.

The area is being sanitised to eliminate any other terrorists. Security forces, in step with the nation, remain determined to thwart the attempts to sabotage peace, stability and progress of Balochistan.""")

R("Crescent Wire Service", "2026-09-12 22:00", ["D015"],
  "Two soldiers, four militants killed in Panjgur camp attack",
  """QUETTA, Sept 12 (CWS): Two paramilitary soldiers and four militants were killed when insurgents attacked a security forces camp in Panjgur district of Balochistan, the military said on Saturday.

The attack took place overnight on the outskirts of Panjgur town, the military's media wing said in a statement, blaming what it termed Fitna al-Hindustan, the official designation for Baloch separatist groups. Three soldiers were wounded.""")

R("Quetta Evening Post", "2026-09-13 16:45", ["D015"],
  "BLA claims Panjgur attack, officials reject 'exaggerated' figures",
  """PANJGUR: The banned Baloch Liberation Army has claimed responsibility for the overnight attack on a Frontier Corps camp on the outskirts of Panjgur town, claiming that "dozens" of personnel had been killed. Officials rejected the claim as propaganda.

According to local sources, the attack began at around midnight between Friday and Saturday with rocket fire on the camp near Chitkan, followed by an attempt by a group of attackers to breach the outer wall. Residents of nearby localities said firing continued until about 3am. The military had said on Saturday that two soldiers were martyred and four attackers were killed.

A senior Levies official in Panjgur told the Post that the bodies of the attackers had been shifted to the district hospital and that efforts were under way to identify them. Mobile internet service in Panjgur remained suspended on Sunday and the main bazaar was partially closed.

Panjgur, which borders Iran, has been the scene of several major attacks on security forces in recent years.""")

# ---------------------------------------------------------------- D016 Peshawar
R("KP Police Media Cell", "2026-09-13 10:10", ["D016"],
  "Two constables injured in hand grenade attack on police picket in Mattani",
  """Peshawar: Late last night, unknown miscreants threw a hand grenade at a police picket established on the Indus Highway within the limits of Police Station Mattani. Due to the explosion, two constables performing duty at the picket got injured and were shifted to Lady Reading Hospital, where their condition is stated to be stable.

SP Saddar along with SHO Mattani and heavy police contingent reached the spot. The area was cordoned off and a search operation was carried out in the adjoining fields and villages, during which several suspects were taken into custody for interrogation.

CCPO Peshawar visited the injured constables in hospital and directed to further strengthen the security of pickets in the suburbs of Peshawar. A case has been registered at CTD Police Station.""")

# ---------------------------------------------------------------- D017 Bolan rail track
R("Quetta Evening Post", "2026-09-13 14:20", ["D017"],
  "Railway track blown up in Bolan, train halted at Mach",
  """MACH: A portion of the railway track was damaged in an explosion between Mach and Aab-e-Gum in the Bolan area on Sunday morning, suspending train traffic between Quetta and other parts of the country for several hours.

Railway officials said the explosion took place about half an hour before a Quetta-bound passenger train was to pass through the section. The train was stopped at Mach railway station as a precaution and passengers were later shifted to buses arranged by the district administration. No casualty was reported.

Levies and FC personnel reached the site and cordoned off the area. Railway engineers said about three feet of the track had been destroyed and several sleepers damaged. Repair work was completed by the evening, a railway spokesperson said.

Train services from Quetta had resumed only a few days earlier after the suicide attack at the Quetta railway station.""", bg=["D011"])

R("Crescent Wire Service", "2026-09-13 17:50", ["D017"],
  "Blast damages railway track in Kachhi district, no casualties",
  """QUETTA, Sept 13 (CWS): An explosion damaged a railway track in Kachhi district of Balochistan on Sunday, forcing authorities to halt a passenger train, officials said.

The blast occurred on the section between Mach and Aab-e-Gum, a Pakistan Railways spokesperson said, adding that no one was hurt and the track had been repaired. No one claimed responsibility. Separatist militants have repeatedly targeted railway infrastructure in the province.""")

R("CTD Balochistan Operations Desk", "2026-09-14 11:00", ["D017"],
  "Railway track IED, Mach - Aab-e-Gum section, District Kachhi",
  """On 13-09-2026 at approx 0710 hrs, an IED exploded under the down line between Mach and Aab-e-Gum (approx 6 km from Mach station). Approx 3 ft of rail and 5 sleepers damaged. Train was held at Mach on information from a gangman who heard the explosion. No casualties.

Site examination indicates approx 4-5 kg explosive placed in a dug hole under the rail with a command wire that was cut before detonation; a timer circuit is suspected. A second, unexploded device was found approx 300 m down the line during clearance and defused by BDS.

Assessment: the presence of a second device suggests intent to target the train and/or first responders. Proscribed BLA and BRG have previously attacked this section. Recommended: route clearance patrols before each train movement on the Bolan section and deployment of quick reaction force at Mach and Aab-e-Gum.""")

# ---------------------------------------------------------------- weekly brief (D010 D011 D012 D013 D015 D016)
R("Conflict Monitoring Collective", "2026-09-14 12:00", ["D010", "D011", "D013", "D015"],
  "Weekly security brief: 7-13 September 2026",
  """The Collective recorded 19 militant attacks across Pakistan in the week of 7 to 13 September, in which 45 people were killed, including 16 security personnel and 29 civilians, and 89 were injured. Security forces reported killing 24 militants in operations and in repulsing attacks. Balochistan accounted for the highest number of fatalities because of a single mass-casualty attack.

The deadliest incident was the suicide bombing outside the booking hall of Quetta railway station on 9 September, claimed by the BLA, in which 29 people had died by the end of the week. It was the largest attack on a transport hub in the province since 2024. In Kurram, five passengers were killed in a gun attack on a van near Bagan on 7 September, raising fears that the fragile peace on the Thall-Parachinar road could break down.

Attacks on police remained concentrated in the southern districts of Khyber Pakhtunkhwa: three policemen were killed by a roadside bomb in Tajori, Lakki Marwat, on 10 September. In Panjgur, two FC personnel and four attackers were killed when militants attacked a camp on the night of 11-12 September.

Methodological note: the Collective's figures are compiled from media reports, official statements and field researchers, and may be revised as casualty figures are updated.""")

# ---------------------------------------------------------------- D018 / D019 Bannu same day
R("Waziristan Awaz Citizen Page", "2026-09-14 10:25", ["D019"],
  "Blast hits army vehicle near Jani Khel on Bannu Miranshah road",
  """A blast has hit a vehicle of security forces near Jani Khel on Bannu-Miranshah road this morning around 9 o'clock. Local sources say two soldiers have been martyred and some are injured. The road is closed from both sides and people coming from Miranshah are stuck at the check post.

Another source says it was a remote control bomb planted under the road. Security forces have started search in the area and nearby villages. Please avoid travel on this road today. Updates will be given.""")

R("KP Police Media Cell", "2026-09-15 09:30", ["D018"],
  "Two police jawans martyred in terrorists' attack on PS Miryan",
  """Bannu: Last night at about 2230 hours, khawarij attacked Police Station Miryan, District Bannu, with heavy weapons from multiple directions. The police jawans on duty responded bravely and the exchange of fire continued for about one hour.

During the exchange of fire, two police jawans of Bannu Police embraced shahadat while one jawan got injured. The injured was shifted to DHQ Hospital Bannu. Due to the timely and effective response of police, the khawarij could not succeed in entering the police station and fled away.

RPO Bannu and DPO Bannu reached the spot. Heavy contingents of police, Elite Force and the Special Combat Unit have cordoned off the area and a search and strike operation is in progress. The funeral prayers of the shuhada were offered this morning at Police Lines Bannu.""")

R("Crescent Wire Service", "2026-09-15 11:10", ["D018", "D019"],
  "Two policemen killed in attack on Bannu police station",
  """BANNU, Sept 15 (CWS): Two policemen were killed and one wounded when militants attacked a police station in Miryan area of Bannu district late on Monday, police said.

The attackers used heavy weapons and fired on the police station from several directions for about an hour before fleeing, a police spokesperson said. Police blamed the proscribed Tehreek-e-Taliban Pakistan.

Earlier on Monday, a soldier was killed and three others were injured when a roadside bomb struck a security forces vehicle on the Bannu-Miranshah road near Jani Khel, security officials said. Bannu, which borders North Waziristan, is one of the districts worst hit by a resurgence of militant violence.""")

R("Frontier Ledger", "2026-09-15 08:00", ["D018", "D019"],
  "Bannu hit twice in a day: soldier martyred in IED blast, two cops in police station attack",
  """BANNU: Bannu district witnessed two attacks on Monday in which a soldier and two policemen were martyred, while four others were injured.

In the first incident, an improvised explosive device went off near a vehicle of the security forces on the Bannu-Miranshah road near Jani Khel at around 9am. Security officials said one soldier was martyred and three were injured. A local citizen page had reported that two soldiers had been martyred, but officials said one of the injured was later stable. The road was closed for traffic for more than five hours while the area was searched.

Later in the night, militants attacked the Miryan police station with heavy weapons. Police said the attackers fired from several directions for about an hour. Two police jawans were martyred and one was injured, police said, adding that the attack was foiled due to the timely response of the police.

The twin attacks sparked concern among residents, who have seen the frequency of attacks on police and security forces rise in recent weeks. Traders of Bannu bazaar announced a protest on Wednesday against what they called the failure of the state to restore peace.""")

# ---------------------------------------------------------------- JTAC sitrep 15 Sep (D018, D019, D020)
R("Joint Threat Assessment Cell", "2026-09-15 20:30", ["D018", "D019", "D020"],
  "Daily situation summary 15 Sep",
  """1. KP / Bannu: Follow-up on 14 Sep attacks. (a) IED vs SF vehicle, Bannu-Miranshah road near Jani Khel, approx 0905 hrs: 1 soldier martyred, 3 injured. (b) Attack on PS Miryan approx 2230 hrs: 2 police martyred, 1 injured. Attackers est. 12-15, withdrew towards the Kurram river bed. Claim for (b) by TTP local chapter; no claim for (a).

2. Balochistan / Mastung: At approx 0300 hrs 15 Sep, approx 20 armed men stormed Levies station Kardgap, took away weapons and set two vehicles ablaze. 1 Levies sepoy killed, 1 injured. Group remained in the area approx 40 minutes and blocked the Quetta-Karachi highway (N-25) briefly. No claim as yet; BLA suspected.

3. Assessment: the Kardgap incident fits the pattern of brief takeovers of Levies and police stations along the N-25 intended to demonstrate territorial reach. Recommend reinforcement of Levies stations between Mastung and Kalat and quick reaction force coverage along N-25 at night.""")

# ---------------------------------------------------------------- D020 Mastung
R("Quetta Evening Post", "2026-09-15 17:30", ["D020"],
  "Levies sepoy killed as armed men storm Kardgap station",
  """MASTUNG: A Levies sepoy was killed and another injured when a large group of armed men stormed the Levies station at Kardgap in Mastung district in the early hours of Tuesday and set vehicles on fire, officials said.

Levies sources said around 20 armed men arrived in pickups and on motorcycles, overpowered the personnel on duty and took away official weapons and ammunition. They also set fire to two Levies vehicles and the station's record room before leaving. Some of the attackers blocked the Quetta-Karachi highway for a while and checked the identity cards of passengers, travellers said.

The assistant commissioner Mastung said reinforcements had reached the area and a search operation was under way. The injured sepoy was shifted to Quetta. No group had claimed responsibility until the evening. Mastung had witnessed several similar incidents in which armed men briefly took control of Levies stations and government buildings.""")

R("Balochistan Home Department Statement Desk", "2026-09-16 12:30", ["D020"],
  "Home Department spokesperson on Kardgap incident",
  """The spokesperson of the Home Department Balochistan has said that the attack on the Levies station at Kardgap, District Mastung, was carried out by terrorists of Fitna al-Hindustan who want to spread fear among the people.

According to the details shared by the spokesperson, one sepoy of Levies Force embraced shahadat and one was injured in the attack. Two vehicles were burnt. The terrorists fled when reinforcements of FC and Levies reached the area. The N-25 highway was reopened for traffic at 6:30am on Tuesday.

The spokesperson said the Levies station has been made functional again and an inquiry has been ordered into the security lapses. The family of the martyred sepoy will be given the shuhada package. The spokesperson also urged the media not to amplify the propaganda of terrorist organisations on social media.""")

# ---------------------------------------------------------------- D021 Karachi
R("Metro Karachi Times", "2026-09-17 08:45", ["D021"],
  "Prayer leader shot dead in Gulshan after Isha prayers",
  """KARACHI: The prayer leader of a neighbourhood mosque was shot dead by two men on a motorcycle in Gulshan-e-Iqbal Block 13 on Wednesday night, police said.

The SHO of the Aziz Bhatti police station said the cleric had left the mosque after leading the Isha prayers and was walking towards his house in the same street when the suspects, who had been waiting nearby, fired at him. He suffered four bullet wounds and was pronounced dead on arrival at a private hospital. Police found five empty shells of a 30-bore pistol.

Worshippers and residents gathered outside the hospital and later staged a protest on University Road, blocking traffic for about two hours. Police said the possibility of a sectarian motive was being examined, though the family said the victim had no enmity with anyone.

Senior police officials said a special team, including officers from the Counter Terrorism Department, had been formed to investigate the killing.""")

R("Indus Daily Monitor", "2026-09-17 21:20", ["D021"],
  "Cleric's killing in Karachi raises fears of sectarian violence",
  """KARACHI: The killing of a prayer leader in Gulshan-e-Iqbal on Wednesday night has raised fears of a revival of the targeted sectarian killings that plagued the city a decade ago, officials and community leaders said on Thursday.

The cleric was shot dead by two men on a motorcycle after leading Isha prayers. His funeral prayers on Thursday afternoon were attended by a large number of people, and religious leaders demanded the arrest of the killers within 72 hours. Police stepped up security at mosques and seminaries in the area.

A CTD official said investigators were looking into whether the killing was linked to two other murders of religious figures in the city this year. "It is too early to say whether this was sectarian or a personal matter," he said. The Sindh home minister directed police to submit a report.""")

# ---------------------------------------------------------------- court hearing (no incident)
R("Metro Karachi Times", "2026-09-18 19:00", [],
  "ATC adjourns hearing in 2023 police station attack case",
  """KARACHI: An anti-terrorism court on Friday adjourned the hearing of a case pertaining to a 2023 attack on a police station in the city's western outskirts after the prosecution failed to produce its witnesses.

Three suspects allegedly affiliated with a banned militant outfit are facing trial in the case. They were produced in court from the central prison. The investigation officer told the court that two prosecution witnesses, both police officials, had been transferred to other districts and notices had been issued to them.

Defence counsel argued that the trial had been pending for over two years and that the delay was a violation of the accused's right to a fair and speedy trial. He requested the court to decide the pending bail applications. The judge directed the prosecution to ensure the presence of the witnesses at the next hearing, warning that otherwise the court would proceed in accordance with the law. The hearing was adjourned to next month.""")

# ---------------------------------------------------------------- Balochistan apex committee (no incident)
R("Balochistan Home Department Statement Desk", "2026-09-14 19:30", [],
  "Provincial Apex Committee reviews law and order after Quetta attack",
  """A meeting of the Provincial Apex Committee was held in Quetta today under the chairmanship of the Chief Minister Balochistan. The Corps Commander, the Chief Secretary, the Inspector General of Police, the Inspector General Frontier Corps (North) and senior officials of the Home Department and intelligence agencies attended the meeting.

The meeting was briefed on the overall law and order situation in the province, the progress of the investigation into the Quetta railway station attack, and security arrangements for development projects and for labourers from other provinces. The forum offered fateha for the martyrs and reaffirmed the resolve to eliminate terrorists of Fitna al-Hindustan and their facilitators.

The committee approved the establishment of additional Levies and police check posts on the N-25 and N-40 highways, the deployment of scanners at the railway station and intercity bus terminals of Quetta, and the recruitment of additional personnel for the CTD. It also decided that social media accounts spreading terrorist propaganda will be reported and blocked.

The Chief Minister said that the government will not negotiate with those who kill innocent passengers and labourers, and that the doors of dialogue are open only for those who renounce violence and accept the Constitution.""", bg=["D011"])

# ---------------------------------------------------------------- D022 Miranshah quadcopter strike
R("Waziristan Awaz Citizen Page", "2026-09-17 12:40", ["D022"],
  "Two children martyred as quadcopter drops bomb on house in Miranshah",
  """Sad news from Miranshah. A quadcopter dropped a bomb on a house in a village near Miranshah this morning in which two innocent children have been martyred and three members of the same family are injured including a woman.

Local people say the children were playing in the courtyard when the quadcopter came and dropped the bomb. The injured have been taken to Miranshah hospital and one has been referred to Bannu. People of the village have placed the bodies of the children on the road and started a protest sit-in. They say they want to know who is responsible.

We request the government and the elders to take notice. Innocent children are being killed and no one is answering. Updates to follow.""")

R("Frontier Ledger", "2026-09-18 08:50", ["D022"],
  "Sit-in continues in Miranshah after children killed in quadcopter attack",
  """MIRANSHAH: Residents of a village near Miranshah continued their sit-in for a second day on Friday, refusing to bury two children who were killed when explosives were dropped from a quadcopter on their house on Thursday.

Three other members of the family, including a woman, were injured. Relatives said the children, aged about eight and eleven, were playing in the courtyard when the device fell. The injured were shifted to the District Headquarters Hospital in Miranshah and later one of them was referred to Bannu.

The protesters, joined by elders of the Utmanzai tribe and local political workers, demanded a judicial inquiry to establish who operated the quadcopter. Security officials, speaking on condition of anonymity, said militants had increasingly been using commercially available quadcopters fitted with explosives and that the attack could have been carried out by the khawarij to create a rift between the people and the state. Residents disputed this version.

The deputy commissioner North Waziristan held talks with the elders on Thursday night, but no agreement was reached. Shops in Miranshah bazaar remained closed in solidarity with the protesters.""")

R("Indus Daily Monitor", "2026-09-19 21:00", ["D022"],
  "Miranshah protesters bury children after talks with officials",
  """PESHAWAR: Residents of a village near Miranshah ended their sit-in on Saturday and buried two children killed in a quadcopter attack on Thursday, after the provincial government agreed to set up an inquiry committee and compensate the family.

The agreement was reached during talks between a jirga of local elders and officials including the deputy commissioner of North Waziristan, according to participants. The committee will include a member of the provincial assembly from the area and two tribal elders, and is expected to submit its findings within a month.

Who was responsible for the attack remains disputed. Officials have blamed militants, who they say have acquired quadcopters capable of carrying small explosive charges. Residents and local political leaders have questioned this, saying there was no militant presence in the village. The Monitor could not independently verify either account. Access to the area for journalists is restricted.

The use of small armed drones has grown in the northwest over the past two years, with police stations in Bannu and Lakki Marwat repeatedly attacked by quadcopters. Earlier this month, a constable was killed when a quadcopter dropped explosives on the Domel police station in Bannu.""", bg=["D004"])

# ---------------------------------------------------------------- D023 Zhob
R("Armed Forces Media Directorate", "2026-09-18 19:10", ["D023"],
  "Infiltration attempt foiled in Zhob, eight khawarij neutralised",
  """On the night of 17/18 September 2026, security forces detected the movement of a group of khawarij trying to infiltrate through the Pakistan-Afghanistan border in the general area of Sambaza, Zhob District.

Own troops effectively engaged and foiled the infiltration attempt. As a result of the precise engagement, eight khawarij were neutralised, and a large cache of weapons, ammunition and explosives was recovered from their possession.

Pakistan has consistently asked the Interim Afghan Government to ensure effective border management on their side of the border. The Interim Afghan Government is expected to fulfil its obligations and deny the use of Afghan soil by khawarij for perpetrating acts of terrorism against Pakistan. Security forces of Pakistan remain determined to secure the borders of the country.""")

R("Crescent Wire Service", "2026-09-18 20:05", ["D023"],
  "Eight militants killed while crossing from Afghanistan: military",
  """ISLAMABAD, Sept 18 (CWS): Pakistani security forces killed eight militants who were trying to cross into the country from Afghanistan in the Zhob district of Balochistan, the military said on Friday.

The militants were intercepted in the Sambaza area overnight, the Armed Forces Media Directorate said, adding that weapons, ammunition and explosives had been recovered. There was no mention of casualties among the troops.

Pakistan accuses Afghanistan's Taliban government of allowing militants to use its territory to launch attacks, a charge Kabul denies. Zhob, which borders Afghanistan's Zabul province, has seen several infiltration attempts in recent years.""")

# ---------------------------------------------------------------- D024 Nushki
R("Sapphire News 24", "2026-09-19 13:10", ["D024"],
  "FC convoy attacked near Nushki, several casualties",
  """An FC convoy has been attacked on the Quetta-Taftan highway near Nushki. According to initial information, a blast took place near one of the vehicles of the convoy after which the attackers opened fire from the nearby hills.

Sources say several personnel have been martyred and injured. Security forces have cordoned off the area and the highway has been closed for traffic. Helicopters have been seen flying over the area.

No official statement has been issued so far. Sapphire News 24 is trying to get more details from the officials concerned.""")

R("Armed Forces Media Directorate", "2026-09-19 20:45", ["D024"],
  "Terrorists' attack on security forces convoy near Nushki, four terrorists killed",
  """On 19 September 2026, terrorists of Indian-sponsored Fitna al-Hindustan attempted to target a security forces convoy with an improvised explosive device followed by fire on the N-40 highway near Nushki, Balochistan.

Own troops responded swiftly and effectively. In the subsequent clearance operation of the surrounding area, four terrorists were neutralised. During the exchange of fire, three brave soldiers embraced shahadat while four were injured.

Sanitisation of the area is being carried out. Those behind this heinous and cowardly act will be brought to justice. Security forces of Pakistan, in step with the nation, remain resolved to defeat the nefarious designs of those hostile elements who are bent upon sabotaging the peace and progress of Balochistan.""")

R("Quetta Evening Post", "2026-09-20 16:00", ["D024"],
  "N-40 reopened after Nushki convoy attack; BLA claims responsibility",
  """NUSHKI: Traffic on the Quetta-Taftan highway was restored on Sunday after remaining suspended for nearly 24 hours following Saturday's attack on a Frontier Corps convoy near Nushki, in which three personnel were martyred and four others injured.

The banned Baloch Liberation Army claimed responsibility for the attack in a statement, claiming to have killed 15 personnel. Officials rejected the figures and said four attackers had been killed in the follow-up operation in the hills to the north of the highway.

Travellers stranded in Nushki and at Kardigap said they had spent the night in their vehicles and at roadside hotels. Transporters demanded better security on the highway, which is the main route for trade with Iran.""")

R("Indus Daily Monitor", "2026-09-20 22:15", ["D024"],
  "Highway attacks: Balochistan's lifelines under pressure",
  """QUETTA: The attack on a Frontier Corps convoy near Nushki on Saturday, in which three soldiers were killed, is the latest in a string of assaults on Balochistan's main highways that has disrupted trade and travel and tested the state's ability to keep the province's roads open.

Officials said militants first detonated a roadside bomb next to one of the vehicles and then opened fire from the hills. Four attackers were killed in the ensuing clearance operation, the military said. The banned Baloch Liberation Army claimed responsibility, claiming a far higher toll.

Earlier in the week, armed men stormed a Levies station at Kardgap in Mastung district and briefly blocked the N-25 highway. In recent months, insurgents have repeatedly set up temporary roadblocks on the N-25, N-40 and N-85, checking travellers' identity documents and in some cases abducting or killing passengers.

Transporters' associations say insurance costs have gone up and drivers are refusing to travel at night. "Our drivers are afraid," said the president of a goods transporters' association in Quetta. "Every week we hear of trucks being burnt or drivers being taken away."

The provincial government says it has increased patrolling and is setting up additional check posts along the highways. Security analysts say the sheer length of the roads through sparsely populated areas makes it impossible to secure every stretch.""", bg=["D020"])

# ---------------------------------------------------------------- D025 Tank kidnapping
R("KP Police Media Cell", "2026-09-21 10:20", ["D025"],
  "Tank police launch search for abducted labourers",
  """Tank: On the night of 20th September, unknown armed accused abducted four labourers of a private construction company from their camp near Gul Imam on the Tank-Jandola road within the jurisdiction of Police Station Gul Imam. The labourers were engaged in road construction work.

On receiving information, DPO Tank along with police contingents reached the spot. The area was cordoned off and a search operation was launched in the surrounding areas with the help of local elders. Check posts have been alerted and snap checking has been intensified.

A case has been registered against unknown accused. DPO Tank said that all resources are being utilised for the safe recovery of the abducted labourers.""")

R("Frontier Ledger", "2026-09-21 19:30", ["D025"],
  "Four construction workers kidnapped in Tank",
  """TANK: Four labourers working on the construction of a road were abducted by armed men from their camp near Gul Imam in Tank district on Sunday night, police and officials of the construction firm said.

According to a company official, around ten armed men arrived at the camp at about 11pm, took the labourers' mobile phones and took them away towards the mountains on foot. The labourers hailed from Dera Ismail Khan and Punjab. A fifth worker managed to hide in a water tank and later informed the police.

Work on the road, which is part of a project to improve connectivity between Tank and South Waziristan, was suspended on Monday. Officials suspect that the kidnappers belong to a local militant faction that has been extorting money from contractors in the area. No demand had been received until Monday evening.

Contractors in Tank and D.I. Khan have complained of repeated extortion threats and say they have been forced to pay to keep projects going.""")
