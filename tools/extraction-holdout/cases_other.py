"""Follow-ups and background incidents, reports with no incident, and tricky cases."""
from common import G, R

FOLLOWUPS = [

R("followup", "The Express Tribune", "2026-02-18T10:00:00+05:00",
  "Abducted Lakki Marwat construction workers freed",
  """
LAKKI MARWAT: Four employees of a private construction company who were abducted from a road project site in the Bettani area last week have been released, police said on Tuesday.

A police spokesperson said the four men were freed on Monday night in a mountainous area near the boundary with South Waziristan after negotiations by a jirga of local elders. They were brought to the district police office, where they underwent a medical examination before being handed over to their families.

The spokesperson denied reports that a ransom had been paid to the kidnappers. Company officials declined to comment.

The workers, including an engineer, had been taken away by armed men who stormed the company's camp. Police had blamed the banned TTP for the abduction, although the group did not claim it.

The contractors' association announced that it would resume work on government projects from next week after receiving assurances of security from the district administration.
""",
  [G("KIDNAPPING", "lastweek", "PK519", "Bettani", targets=["CIVILIANS"], perp="TTP",
     status="ATTRIBUTED")]),

R("followup", "The Express Tribune", "2026-03-12T09:00:00+05:00",
  "Death toll from Quetta railway station blast rises to 14",
  """
QUETTA: The death toll from Tuesday's suicide bombing near the Quetta railway station rose to 14 on Wednesday after two more injured succumbed to their wounds, hospital officials said.

One of the injured died at the Civil Hospital Quetta, while another, a police constable, breathed his last at the Combined Military Hospital. The number of injured still under treatment stood at 37, including nine in critical condition.

The suicide bomber, who was also killed in the blast, had targeted a police truck carrying personnel for duty at the station as passengers were gathering for a train to Peshawar. Eight of the dead were policemen and the rest were passengers and porters.

The banned BLA's Majeed Brigade had claimed responsibility for the attack on Tuesday. Investigators said they had collected the bomber's remains and were working to identify him through DNA tests and the national database.

Train services from Quetta remained suspended for a second day, a Pakistan Railways spokesperson said. The provincial government has announced compensation for the families of each of the deceased.

Funeral prayers for the martyred policemen were offered at the Police Lines Quetta on Wednesday, attended by the chief minister and the inspector general of police.
""",
  [G("SUICIDE_ATTACK", "Tue", "PK226", "Quetta railway station", killed=14,
     injured=(37, "AT_LEAST"), mk=1, targets=["SECURITY_FORCES", "CIVILIANS"],
     perp="BLA_MAJEED", status="CLAIMED")]),

R("followup", "Dawn", "2026-06-04T07:00:00+05:00",
  "Kurram convoy attack toll rises to nine as curfew continues",
  """
PARACHINAR: The death toll from Monday's attack on a passenger convoy in Lower Kurram rose to nine on Wednesday after three more of the injured died in Peshawar hospitals.

Officials said eight injured were still under treatment at the Lady Reading Hospital and the Tehsil Headquarters Hospital Alizai.

The curfew imposed in the Bagan area after the attack remained in force for the third day, while the main Thall-Parachinar road remained closed to all traffic, causing shortages of medicines and food items in Upper Kurram.

A grand jirga comprising elders from Kohat and Orakzai held separate meetings with both sides on Wednesday, and officials said a ceasefire had been agreed for seven days.

In January, a similar attack on a convoy in Bagan had left several people dead and sparked days of clashes between the tribes.

A provincial government spokesperson, speaking in Peshawar, said helicopter service would be started to ferry patients and essential supplies to Parachinar until the road was reopened.
""",
  [G("ARMED_ASSAULT", "Mon", "PK518", "Lower Kurram", killed=9, injured=8,
     targets=["CIVILIANS"]),
   G("ARMED_ASSAULT", "month:2026-01", "PK518", "Bagan", targets=["CIVILIANS"],
     optional=True)]),

R("followup", "Dawn", "2026-07-22T07:00:00+05:00",
  "Toll in Mastung bus attack rises to nine",
  """
MASTUNG: The death toll from Sunday's attack on a passenger bus in Mastung rose to nine on Tuesday after two more passengers died at a hospital in Quetta.

The Karachi-bound bus was fired upon by gunmen near Khad Koocha on Sunday night. Eleven injured passengers were being treated at the Civil Hospital and the Bolan Medical Complex in Quetta, and four of them were still in critical condition, officials said.

No group has claimed responsibility for the attack, which officials described as a "cowardly act of terrorists of Fitna al-Hindustan".

Transporters suspended night coach services on the route to protest against the attack, which they said was the latest in a series of incidents on the highways of the province. Earlier this month, a suicide bomber attacked an FC convoy in Nushki, killing four soldiers.

The Balochistan home minister told reporters in Quetta that additional FC pickets would be set up along the highway and night patrolling would be increased.
""",
  [G("ARMED_ASSAULT", "Sun", "PK220", "Khad Koocha", killed=9, injured=11,
     targets=["CIVILIANS"], perp="BALOCH_SEPARATISTS", status="ATTRIBUTED"),
   G("SUICIDE_ATTACK", "thismonth", "PK223", "Nushki", killed=4, targets=["SECURITY_FORCES"],
     optional=True)]),

R("followup", "Geo News", "2026-08-30T12:00:00+05:00",
  "Bannu cantonment attack toll rises to 12",
  """
BANNU: The death toll from Friday evening's attack on the Bannu Cantonment rose to 12 on Sunday after two more injured civilians died at the Combined Military Hospital, officials said.

Five soldiers and seven civilians, including two children, were among the dead. More than 30 people were injured in the attack, many of them residents of the houses adjoining the cantonment wall that was destroyed when the attackers rammed two explosives-laden vehicles into it.

According to the ISPR, six attackers were killed - two of them in the suicide explosions and four in the ensuing exchange of fire with troops who prevented them from entering the cantonment. The military's media wing said the attack had been carried out by Fitna al-Khawarij.

A faction linked to the Hafiz Gul Bahadur group, however, claimed responsibility for the attack in a statement.

Doctors at the District Headquarters Hospital said a number of the injured had been referred to Peshawar for specialised treatment.

It was the second major attack on the security forces in the southern districts this year. In March, a suicide bomber struck a military convoy in Lakki Marwat, killing three soldiers.

Traders in Bannu observed a complete shutter-down strike on Saturday to protest the loss of lives.
""",
  [G("SUICIDE_ATTACK", "Fri", "PK503", "Bannu Cantonment", killed=12, injured=(31, "AT_LEAST"),
     mk=6, targets=["SECURITY_FORCES"], perp="HGB", status="CLAIMED", alt=["ARMED_ASSAULT"]),
   G("SUICIDE_ATTACK", "month:2026-03", "PK519", "Lakki Marwat", killed=3,
     targets=["SECURITY_FORCES"], optional=True)]),

R("followup", "Dawn", "2026-10-13T07:00:00+05:00",
  "Two Levies men martyred in attack on checkpost in Kachhi",
  """
DHADAR: Two Levies personnel were martyred and another was injured when armed men attacked a checkpost in the Mach area of Kachhi district on Monday, the second attack on the force in the region in a week.

Officials said the attackers, travelling in a pickup, opened fire on the checkpost on the national highway and set a motorcycle on fire before fleeing towards the Bolan mountains.

The bodies were shifted to the District Headquarters Hospital Dhadar, while the injured sepoy was referred to Quetta.

Last week, militants stormed the Levies station in Bhag town of Lehri district, set its record on fire and took away two personnel, who are yet to be recovered. In August last year, a bomb attack on a Levies vehicle in Mach had killed three personnel.

No group claimed responsibility for Monday's attack. A Levies official said the force had been asked to stay alert after intelligence reports about the movement of militants in the Bolan area.

The Balochistan chief secretary, at a meeting in Quetta, directed officials to provide modern weapons and bulletproof vehicles to the Levies.
""",
  [G("ARMED_ASSAULT", "Mon", "PK209", "Mach", killed=2, injured=1,
     targets=["SECURITY_FORCES"]),
   G("KIDNAPPING", "lastweek", "PK218", "Bhag", targets=["SECURITY_FORCES"],
     alt=["ARMED_ASSAULT"], optional=True),
   G("BOMBING", "month:2025-08", "PK209", "Mach", killed=3, targets=["SECURITY_FORCES"],
     optional=True)]),
]

NONE = [

R("none", "Dawn", "2026-01-09T07:00:00+05:00",
  "KP apex committee approves plan to strengthen police in southern districts",
  """
PESHAWAR: The Khyber Pakhtunkhwa Apex Committee on Thursday approved a comprehensive plan to strengthen the police and the Counter-Terrorism Department in the southern districts of the province, where attacks on law enforcers have increased in recent months.

The meeting, chaired by the chief minister and attended by the corps commander, the chief secretary, the inspector general of police and senior officials of intelligence agencies, reviewed the overall law and order situation in the province.

According to an official statement, the committee approved the procurement of armoured vehicles, night-vision devices and anti-drone systems for police stations in Bannu, Lakki Marwat, Dera Ismail Khan and Tank. It also decided to recruit additional personnel for the CTD and to set up a forensic laboratory in Dera Ismail Khan.

The participants paid tribute to the police and army personnel martyred in the line of duty and vowed that their sacrifices would not go in vain. "Terrorists will be given no space in the province," the chief minister said.

The committee also decided to form a committee of elders to engage with the people of the merged districts on security issues and to expedite development schemes in the affected areas.
""",
  []),

R("none", "APP", "2026-02-07T13:00:00+05:00",
  "Interior minister vows to avenge martyrs, says terrorists' days are numbered",
  """
ISLAMABAD: The federal interior minister on Saturday said the nation would avenge every drop of the blood of its martyrs and the days of the terrorists and their facilitators were numbered.

Addressing a passing-out ceremony of assistant superintendents of police at the National Police Academy, the minister said the police and the armed forces had rendered matchless sacrifices in the war on terror. "Those who killed our children, our soldiers and our policemen will not be forgiven. We will hunt them down wherever they are," he said.

He said the government had allocated additional funds for the modernisation of the police in the provinces most affected by terrorism, and a national threat assessment centre was being made fully operational.

The minister said Pakistan wanted good relations with all its neighbours but would not allow its soil, or the soil of any neighbouring country, to be used for attacks against its people.

Later, he distributed shields among the officers who had performed best during the training.
""",
  []),

R("none", "Dawn", "2026-03-05T07:00:00+05:00",
  "ATC indicts three suspects in terror financing case",
  """
KARACHI: An anti-terrorism court on Wednesday indicted three suspects in a case pertaining to terror financing and the facilitation of banned militant outfits.

The suspects, who were arrested by the Counter-Terrorism Department last year, pleaded not guilty and opted to contest the charges. According to the prosecution, they had collected funds through extortion and transferred the money to militants through informal channels; the funds had allegedly been used in attacks in which policemen were killed.

The ATC judge, conducting the proceedings in the judicial complex inside the central prison, summoned the prosecution witnesses, including the investigating officer, for the next hearing on March 18.

Defence counsel argued that his clients had been falsely implicated and that no evidence had been produced linking them to any act of terrorism. He said the CTD had failed to submit the forensic report on the mobile phones recovered from the suspects despite repeated court orders.

The court also extended the judicial remand of another suspect in a separate case related to the possession of explosives until the next date.
""",
  []),

R("none", "Geo News", "2026-04-17T17:00:00+05:00",
  "FO says Afghan soil still being used for attacks on Pakistan",
  """
ISLAMABAD: The Foreign Office said on Friday that Pakistan had shared evidence with the Afghan interim government about the use of Afghan soil by terrorists for attacks inside Pakistan, and expected Kabul to take concrete action.

Addressing the weekly press briefing, the FO spokesperson said terrorist groups, including Fitna al-Khawarij, continued to enjoy sanctuaries across the border. "Pakistan has lost thousands of its citizens and soldiers to terrorism, and we will take all necessary measures to protect our people," the spokesperson said.

Asked about reports of cross-border firing, the spokesperson said she would not comment on operational matters, which were dealt with by the relevant authorities.

She said Pakistan remained committed to dialogue and would continue to engage with the interim government through bilateral and multilateral channels. A delegation led by the special representative on Afghanistan would visit Kabul next week, she added.

The spokesperson also rejected recent Indian statements about Pakistan and said India's sponsorship of terrorist proxies in Balochistan was well documented.
""",
  []),

R("none", "Dawn", "2026-05-15T07:00:00+05:00",
  "Traders observe strike, protesters stage sit-in in Turbat",
  """
TURBAT: A complete shutter-down strike was observed in Turbat on Thursday on the call of a traders' association and political parties to protest against rising incidents of extortion and what they called the enforced disappearances of young men from the area.

All markets and business centres remained closed, while traffic on the main roads was thin. Later, a large number of people, including women and children, staged a sit-in on the main road near the Shahi Tump crossing.

Speakers at the sit-in demanded the recovery of missing persons and an end to the killings of citizens in the name of law and order. They said the people of Makran were being punished for demanding their rights.

The deputy commissioner held talks with the protesters and assured them that their demands would be forwarded to the provincial government. The protesters ended the sit-in in the evening but announced that they would hold a rally in Quetta next week if their demands were not met.

The protest remained peaceful, and no untoward incident was reported.
""",
  []),

R("none", "The News", "2026-06-20T09:00:00+05:00",
  "Nacta issues threat alert ahead of Ashura",
  """
ISLAMABAD: The National Counter Terrorism Authority (Nacta) has issued a threat alert warning that militants may attempt to target Muharram processions and majalis in major cities, including Peshawar, Quetta, Karachi and Rawalpindi.

In a letter sent to the provincial home departments and inspectors general of police, Nacta said it had received information that a militant group was planning to carry out suicide attacks during the Ashura processions. The letter directed the authorities to ensure strict security, including the suspension of mobile phone services along procession routes where required.

The Punjab home department, in a separate notification, imposed a ban on pillion riding in several districts and barred a number of clerics from entering the province for the first ten days of Muharram.

Officials said army and Rangers contingents would be deployed in sensitive districts under Article 245 of the Constitution. Drones and CCTV cameras would be used to monitor the processions.

A Karachi police spokesperson said more than 12,000 personnel would be deployed in the city for Ashura security.
""",
  []),

R("none", "The News", "2026-08-10T09:00:00+05:00",
  "Thousands attend peace festival in Swat",
  """
MINGORA: Thousands of people, including families and tourists from across the country, attended a three-day peace festival that concluded in Kalam on Sunday.

The festival, organised by the district administration in collaboration with the tourism department, featured cultural performances, traditional music, a handicrafts exhibition and a paragliding show. Stalls of local foods attracted a large number of visitors.

Speaking at the closing ceremony, the commissioner of Malakand division said Swat, which had once been a stronghold of militants, had become a symbol of peace because of the sacrifices of the people, the police and the armed forces. "The people of Swat have seen the worst days, when schools were blown up and people were killed in the streets. Today, they are celebrating life," he said.

Hotel owners said the festival had brought business to the valley, where hotel occupancy had reached nearly 90 per cent. Police said elaborate security arrangements had been made, and the event concluded without any untoward incident.
""",
  []),

R("none", "The Express Tribune", "2026-09-03T18:00:00+05:00",
  "Opposition demands compensation for families of terror victims",
  """
QUETTA: Opposition members of the Balochistan Assembly on Thursday demanded that the provincial government immediately release the compensation announced for the families of people killed and injured in terrorist attacks over the past two years.

Addressing a press conference at the Quetta Press Club, the opposition leader said hundreds of families were still waiting for the compensation announced by successive governments. "Ministers come for photo sessions at hospitals after every attack and then forget the victims," he said.

He said labourers, passengers and policemen had borne the brunt of the violence, and the government had failed to secure the highways despite repeated promises.

The opposition also criticised the government for the suspension of mobile internet in several districts, saying it had paralysed businesses and education.

A government spokesperson, responding to the press conference, said the compensation was being disbursed in phases and more than 1,200 families had already received their cheques.
""",
  []),

R("none", "ISPR", "2026-10-22T19:00:00+05:00",
  "COAS visits Peshawar, vows to eliminate Fitna al Khawarij",
  """
RAWALPINDI: The Chief of Army Staff visited Headquarters 11 Corps in Peshawar on Thursday, where he was given a detailed briefing on the prevailing security situation and ongoing counter-terrorism operations in Khyber Pakhtunkhwa.

The COAS paid tribute to the shuhada and lauded the professionalism and high morale of the troops. He said the khawarij and their facilitators would be dealt with an iron hand, and no one would be allowed to disrupt the hard-earned peace achieved through the sacrifices of the nation.

"The Indian-sponsored proxies, be it Fitna al Khawarij or Fitna al Hindustan, have no place in Pakistan and will be eliminated," the COAS said.

He also interacted with officers and soldiers and appreciated their operational preparedness. He highlighted the importance of close coordination between the army, the Frontier Corps, the police and the civil administration.

Earlier, on arrival in Peshawar, the COAS was received by the corps commander.
""",
  []),

R("none", "Dawn", "2026-11-03T07:00:00+05:00",
  "Militant attacks rose 18pc in October, says think tank",
  """
ISLAMABAD: Militant attacks in the country rose by 18 per cent in October compared with the previous month, with Khyber Pakhtunkhwa and Balochistan remaining the worst-affected provinces, according to a report released by an Islamabad-based think tank on Monday.

The report said 74 militant attacks were recorded across the country during the month, in which 93 people, including 51 security personnel, were killed and 128 others injured. Security forces killed 106 suspected militants in operations during the same period, it added.

Khyber Pakhtunkhwa's southern districts, particularly Bannu, Lakki Marwat and North Waziristan, accounted for nearly half of the attacks, while in Balochistan most incidents were reported from Kech, Kalat and Mastung.

The report noted an increase in the use of quadcopters by militants and in attacks on highways, and warned that the trend could continue in the coming months.

It recommended that the federal and provincial governments improve coordination among intelligence agencies and invest in the capacity of the police, which it said remained the first line of defence against terrorism.
""",
  []),
]

TRICKY = [

R("tricky", "Dawn", "2026-02-24T07:30:00+05:00",
  "A dozen injured in grenade attack on wedding in Kohat",
  """
KOHAT: A dozen people, including women and children, were injured when unidentified men hurled a hand grenade at a wedding ceremony in the Jangal Khel area late last night, police said.

According to police, the grenade landed in the courtyard of a house where guests had gathered for the henna ceremony. Two of the injured, a woman and a boy, were stated to be in critical condition at the Kohat Development Authority Hospital, while the others were discharged after first aid. No one was killed.

The SHO of the area police station said initial investigations suggested the attack was linked to an old enmity between two families, but the possibility of militant involvement was also being examined as the host family included a member of a pro-government peace committee.

Police have registered a case and detained three suspects for questioning.

The incident caused panic in the area, where celebratory aerial firing at weddings is common, and residents initially mistook the blast for fireworks.
""",
  [G("BOMBING", "yday", "PK514", "Jangal Khel", killed=0, injured=(12, "APPROX"),
     targets=["CIVILIANS"])]),

R("tricky", "The News", "2026-09-08T08:00:00+05:00",
  "Three FC personnel martyred in Kohlu landmine blast",
  """
QUETTA: Three Frontier Corps personnel embraced martyrdom and two others were injured when their vehicle struck a landmine in the Kahan area of Kohlu district on Sunday, officials said on Monday.

According to officials, the FC vehicle was part of a convoy escorting a team of a gas company conducting a survey in the area. The landmine, planted on an unpaved track, blew up the vehicle.

The injured were airlifted to the Combined Military Hospital Quetta, where their condition was said to be stable. The bodies of the martyred soldiers were sent to their native towns in Punjab and Khyber Pakhtunkhwa after funeral prayers in Sibi.

The provincial government spokesperson blamed the attack on "terrorists of Fitna al-Hindustan". The banned BLA later claimed responsibility for the blast through its spokesman.

Kohlu and the adjoining Dera Bugti district have been among the areas worst hit by landmine explosions, which have also killed and maimed civilians, including children, in recent years.
""",
  [G("BOMBING", "Sun", "PK216", "Kahan", killed=3, injured=2, targets=["SECURITY_FORCES"],
     perp="BLA", status="CLAIMED")]),

R("tricky", "The Express Tribune", "2026-09-29T09:00:00+05:00",
  "Two soldiers, civilian martyred in Orakzai ambush; two attackers killed",
  """
ORAKZAI: Two soldiers and a civilian were martyred when militants ambushed a security forces' vehicle in the Upper Orakzai area of Orakzai district yesterday, officials said.

According to security officials, the vehicle was on its way to a checkpost when militants hiding in the bushes opened fire with automatic weapons. The civilian, a local driver who had been hired to transport rations to the post, was killed on the spot along with the two soldiers. Four other soldiers were injured.

The troops responded swiftly and killed two of the attackers, whose bodies were later recovered along with their weapons, officials said. The others managed to escape into the forests.

The injured were shifted to the Combined Military Hospital Kohat.

Officials said the attackers were khawarij belonging to Fitna al-Khawarij, and an operation had been launched in the area to hunt down the remaining militants.

The ambush came days after the authorities announced the reopening of several schools in the area that had been closed for security reasons.
""",
  [G("ARMED_ASSAULT", "yday", "PK527", "Upper Orakzai", killed=3, injured=4, mk=2,
     targets=["SECURITY_FORCES"], perp="TTP", status="ATTRIBUTED")]),

R("tricky", "Dawn", "2026-10-03T07:00:00+05:00",
  "Four killed in blast outside Hangu imambargah",
  """
HANGU: Four people were killed and nine others injured when a bomb planted on a motorcycle exploded outside an imambargah in Hangu city on Friday, shortly after the Friday prayers.

Police said the explosive device had been fitted to a motorcycle parked near the main gate of the imambargah and was detonated as worshippers were coming out. Two of the dead were children who sold prayer caps outside the building.

The injured were shifted to the District Headquarters Hospital Hangu, from where four were referred to Kohat.

The district police officer said police suspected the banned Lashkar-e-Jhangvi, given the sectarian nature of the attack. Hours later, however, the Islamic State Khorasan Province claimed responsibility through its Amaq news agency. Officials said the claim was being verified.

The TTP, in a statement, distanced itself from the attack, saying it did not target places of worship.

Three days of mourning were announced by the Shia community, and markets in Hangu remained closed on Friday evening.
""",
  [G("BOMBING", "Fri", "PK510", "imambargah", killed=4, injured=9,
     targets=["RELIGIOUS", "CIVILIANS"], perp="ISKP", status="CLAIMED")]),

R("tricky", "The Express Tribune", "2026-10-22T09:00:00+05:00",
  "Levies station attacked in Kalat; officials reject BLA claims of heavy casualties",
  """
KALAT: Two Levies personnel were injured when militants attacked the Levies station in the Mangochar area of Kalat district on Tuesday night, officials said, rejecting claims by the banned Balochistan Liberation Army that it had killed more than a dozen security personnel.

According to the Kalat deputy commissioner, around 30 militants attacked the Levies station from three sides with rockets and automatic weapons. The personnel repulsed the attack after an exchange of fire lasting over an hour. No one was killed, he said.

The BLA, in a statement, claimed responsibility for the attack and said its fighters had also ambushed an army convoy near Johan the same night, killing 12 soldiers. Officials denied that any convoy had been attacked near Johan, terming the claim "baseless propaganda".

The injured Levies men were shifted to the District Headquarters Hospital Kalat.

The highway between Quetta and Karachi remained closed for several hours after the attack as the FC conducted a search operation in the area.
""",
  [G("ARMED_ASSAULT", "Tue", "PK210", "Mangochar", killed=0, injured=2,
     targets=["SECURITY_FORCES"], perp="BLA", status="CLAIMED"),
   G("ARMED_ASSAULT", "Tue", "PK210", "Johan", killed=12, targets=["SECURITY_FORCES"],
     perp="BLA", status="CLAIMED", optional=True)]),

R("tricky", "Dawn", "2026-10-27T07:00:00+05:00",
  "Residents say drone strike killed four in North Waziristan",
  """
MIRAMSHAH: Residents of the Datta Khel area of North Waziristan have said that four suspected militants were killed in a drone strike on a house in a village near the Afghan border last week.

Tribal elders, who spoke to reporters in Miramshah on Monday, said the drone fired two missiles at the house, completely destroying it. They said the dead were believed to be members of a local militant group, but their bodies could not be identified as they had been badly burnt. A woman living in the adjoining house was injured.

There was no official word on the strike, and it was not clear who had carried it out. Officials of the district administration declined to comment.

Earlier this month, two children were killed when a quadcopter dropped an explosive in the Spinwam area, the elders said, demanding an end to such attacks on civilian populations.

The elders warned that they would stage a sit-in if the government did not take notice of the incidents.
""",
  [G("AIR_STRIKE", "lastweek", "PK525", "Datta Khel", injured=1, mk=4, targets=["MILITANTS"]),
   G("AIR_STRIKE", "thismonth", "PK525", "Spinwam", killed=2, targets=["CIVILIANS"],
     alt=["BOMBING"], optional=True)]),

R("tricky", "Dawn", "2026-11-11T07:00:00+05:00",
  "Parachinar bombing toll reaches 27 as funerals held",
  """
PARACHINAR: At least 27 people were killed and more than 50 injured in the suicide bombing in a crowded market in Parachinar on Nov 9, officials confirmed on Tuesday, as the funerals of the victims were held amid tight security.

The bomber, who was on foot, blew himself up near a vegetable stall at around 10am, when the market was crowded with shoppers. Officials initially put the toll at 19, but it rose as several of the critically injured died at the District Headquarters Hospital Parachinar and in Peshawar, where they had been airlifted.

Jamaatul Ahrar claimed responsibility for the bombing in a message to journalists, saying it was revenge for the killing of its commanders. The Khyber Pakhtunkhwa government had earlier blamed Fitna al-Khawarij for the attack, while the TTP issued a statement distancing itself from it.

Kurram remained tense on Tuesday, with markets closed and the Thall-Parachinar road shut to traffic. Security forces were deployed at sensitive points.

Mourners attending the funerals demanded security for the residents of the district. The chief minister, who visited the injured at the Lady Reading Hospital in Peshawar on Monday, announced compensation for the families.
""",
  [G("SUICIDE_ATTACK", "2026-11-09", "PK518", "Parachinar", killed=(27, "AT_LEAST"),
     injured=(51, "AT_LEAST"), mk=1, targets=["CIVILIANS"], perp="JUA", status="CLAIMED")]),

R("tricky", "Geo News", "2026-11-24T11:00:00+05:00",
  "Four attackers killed as FC foil attack on camp in Chagai",
  """
DALBANDIN: A Frontier Corps soldier and a civilian cook embraced martyrdom when militants attempted to storm an FC camp in the Nokkundi area of Chagai district on Sunday night, officials said. All four attackers were killed.

According to officials, one of the attackers blew himself up at the main gate of the camp, while the other three, armed with automatic weapons and grenades, tried to enter through the breach. They were shot dead by the FC personnel in an exchange of fire that lasted around 40 minutes. Five FC personnel were injured.

The funeral prayers of the martyred soldier were offered in Dalbandin yesterday, after which his body was sent to his native village in Dera Ghazi Khan.

The camp is responsible for the security of mining projects in the area, where a number of foreign nationals are working.

The Balochistan government spokesperson said the attack had been carried out by Fitna al-Hindustan at the behest of hostile intelligence agencies. No group has claimed responsibility so far.
""",
  [G("SUICIDE_ATTACK", "Sun", "PK203", "Nokkundi", killed=2, injured=5, mk=4,
     targets=["SECURITY_FORCES"], perp="BALOCH_SEPARATISTS", status="ATTRIBUTED",
     alt=["ARMED_ASSAULT"])]),
]

CASES = FOLLOWUPS + NONE + TRICKY
