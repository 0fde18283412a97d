from devset import R, G, KARACHI

REPORTS = [

R("Pakistan Wire Service", "2026-06-19T18:00:00+05:00",
  "Two FC men, four militants killed in Kohlu gunfight",
  """
KOHLU: Two Frontier Corps personnel and four militants were killed in an exchange of fire in the mountainous Kahan area of Kohlu district on Thursday, officials said.

According to officials, an FC patrol came under fire while searching the area following reports of militant movement. Officials did not say which side opened fire first. The gunfight continued for several hours, and three FC personnel were injured.

Officials said weapons and ammunition were recovered from the dead militants. The area was cordoned off and reinforcements were sent.
""",
  [G("ARMED_CLASH", "Thu", "PK216", "Kahan", killed=2, injured=3, mk=4,
     alt=["SECURITY_OPERATION", "ARMED_ASSAULT"], targets=["SECURITY_FORCES", "MILITANTS"])]),

R("Makran Times", "2026-07-31T09:00:00+05:00",
  "Kech: a district living between checkpoints and gunfire",
  """
TURBAT: A Frontier Corps soldier was martyred and two others were injured when militants attacked an FC post in the Mand area of Kech district on Wednesday, officials said, in the latest of a string of incidents that have kept the district on edge.

According to officials, the militants fired rockets and automatic weapons at the post from the hills along the Iran border. The attack was repulsed after an hour-long exchange of fire. The banned Balochistan Liberation Front claimed responsibility and said its fighters had inflicted "heavy losses", a claim officials rejected.

On Thursday, armed men abducted the manager of a private bank from the Nasirabad area of Turbat as he was leaving his home for work. His car was found abandoned near the Kech river. Police said they were investigating whether the kidnapping was for ransom.

Last month, militants set fire to three trucks carrying construction material for a road project in Tump, and the contractor has since pulled his workers out of the area. Business in Turbat's main bazaar has slowed, and traders say customers from outlying areas are reluctant to travel because of frequent road closures.

The district has long been at the centre of the Baloch insurgency. Residents complain of frequent mobile internet suspensions and long waits at checkpoints on the M-8 and the roads leading to the Iranian border, where much of the local economy depends on the cross-border trade in fuel and food.

The district administration says security measures are necessary to protect residents and development projects. "We are trying to strike a balance between security and the convenience of the people," an official said, asking not to be named. He said that a new system of tokens for fuel traders would reduce waiting times at the border.

Political parties in Kech, meanwhile, have called for dialogue with "angry Baloch youth" and for an end to enforced disappearances, which they say are driving young people towards militancy. Families of missing persons have been holding a sit-in outside the Turbat press club for more than two weeks.

Officials say the security situation has improved compared with last year, pointing to a decline in attacks on the M-8. Residents are less certain. "Every week there is something," a shopkeeper in the bazaar said.
""",
  [G("ARMED_ASSAULT", "Wed", "PK211", "Mand", killed=1, injured=2,
     targets=["SECURITY_FORCES"], perp="BLF", ps="CLAIMED"),
   G("KIDNAPPING", "Thu", "PK211", "Nasirabad area of Turbat", targets=["CIVILIANS"]),
   G("INFRASTRUCTURE_ATTACK", "lastmonth", "PK211", "Tump", alt=["ARMED_ASSAULT"],
     targets=["INFRASTRUCTURE", "CIVILIANS"])]),

R("Daily Indus Times", "2026-08-05T20:00:00+05:00",
  "Three killed, scores injured as blast hits Chehlum procession in Jacobabad",
  """
JACOBABAD: Three people were killed and scores of others injured when an explosion took place near a Chehlum procession in Jacobabad on Wednesday, police and hospital officials said.

The blast occurred near an imambargah as the procession was passing through the old city. Police said the explosive device appeared to have been planted in a handcart parked along the route. The injured were taken to the Civil Hospital Jacobabad, where an emergency was declared, and critically injured people were shifted to Larkana and Sukkur.

The procession was later resumed and culminated peacefully under tight security. No one has claimed responsibility so far. The Sindh government announced compensation for the victims and ordered an inquiry into the security lapse.
""",
  [G("BOMBING", "today", "PK707", "near imambargah, old city Jacobabad", killed=3, injured=20, iq="APPROX",
     targets=["RELIGIOUS", "CIVILIANS"])]),

R("Frontier Daily", "2026-09-25T19:00:00+05:00",
  "Two policemen martyred in IED attack in Bannu; IMP claims responsibility",
  """
BANNU: Two policemen were martyred and three others injured when an improvised explosive device struck a police mobile in the Baka Khel area of Bannu on Friday, police said.

The mobile was on its way to the Baka Khel police station when the device, planted under a culvert, was detonated. The injured were shifted to the District Headquarters Hospital Bannu.

Ittehad-ul-Mujahideen Pakistan, an alliance of militant factions operating in North Waziristan and Bannu, claimed responsibility for the attack in a statement. Police said a search operation had been launched.
""",
  [G("BOMBING", "today", "PK503", "Baka Khel", killed=2, injured=3,
     targets=["SECURITY_FORCES"], perp="IMP", ps="CLAIMED")]),

R("The Northern Chronicle", "2026-10-19T21:00:00+05:00",
  "Four killed, several injured in a day of violence across KP and Balochistan",
  """
PESHAWAR / QUETTA: Four people, including two policemen and a soldier, were killed and several others were injured in a series of attacks and clashes across Khyber Pakhtunkhwa and Balochistan on Monday, officials said.

In the Bara tehsil of Khyber district, two policemen were martyred when militants attacked a police van near the Malikdin Khel area on Monday morning. The van was carrying personnel to a check post when it came under fire from a nearby orchard. Police blamed the banned Lashkar-e-Islam, which has regrouped in the Bara and Tirah areas in recent months. A constable was also injured.

In North Waziristan, a soldier was martyred and three militants were killed during an exchange of fire in the Spinwam tehsil. Security officials said the firing began when troops and a group of militants came face to face on Monday afternoon, and it was not clear who fired first. The officials did not identify the militants' group.

In D.I. Khan, two FC personnel were injured when a roadside bomb went off near their vehicle in Paroa tehsil. Officials said the vehicle was part of a convoy escorting workers of a gas company.

In Balochistan, a tribal elder was shot dead by unidentified gunmen near his home in the Mand area of Kech district. Police said the elder had recently mediated in a tribal dispute and that the killing might be linked to it, though they were not ruling out other motives.

Separately, militants fired rockets at a Levies station in Loralai, injuring two personnel. A Levies official said the attackers were "khawarij" who had moved into the area from the neighbouring districts. The Levies returned fire and the attackers escaped.

According to official data, at least 31 people have been killed in militant violence in the two provinces in the past week alone. Analysts say the militants are increasingly spreading their attacks across several districts on the same day, stretching the police and paramilitary forces.

The Khyber Pakhtunkhwa police chief said the force had been put on high alert across the province and that leave for all personnel in the southern and merged districts had been cancelled until further notice. In Quetta, the provincial home minister chaired a meeting to review security arrangements and directed officials to complete the installation of cameras at check posts on the highways.
""",
  [G("ARMED_ASSAULT", "today", "PK513", "Malikdin Khel, Bara", killed=2, injured=1,
     targets=["SECURITY_FORCES"], perp="LI", ps="ATTRIBUTED"),
   G("ARMED_CLASH", "today", "PK525", "Spinwam", killed=1, mk=3,
     alt=["SECURITY_OPERATION"], targets=["SECURITY_FORCES", "MILITANTS"]),
   G("BOMBING", "today", "PK509", "Paroa tehsil", injured=2,
     targets=["SECURITY_FORCES"]),
   G("TARGETED_KILLING", "today", "PK211", "Mand", killed=1, targets=["CIVILIANS"]),
   G("ARMED_ASSAULT", "today", "PK219", "Levies station, Loralai", injured=2,
     targets=["SECURITY_FORCES"], perp="TTP", ps="ATTRIBUTED")]),

R("Daily Indus Times", "2026-10-27T10:00:00+05:00",
  "Constable martyred as militants attack check post in Mianwali; TJP claims attack",
  """
MIANWALI: A police constable was martyred and two others were injured when militants attacked a police check post near Isa Khel in Mianwali district late on Monday night, police said.

A police spokesman said the militants, armed with automatic weapons, opened fire on the post, which lies on the road linking Mianwali with the Khyber Pakhtunkhwa border. The policemen returned fire, and the attackers fled towards the Khattak hills.

Tehreek-e-Jihad Pakistan, a little-known group that has claimed several high-profile attacks in recent years, claimed responsibility. Punjab police officials say the group is a front for the TTP.

The Punjab inspector general of police visited the injured at the District Headquarters Hospital and announced rewards for the personnel who repulsed the attack.
""",
  [G("ARMED_ASSAULT", "Mon", "PK621", "check post near Isa Khel", killed=1, injured=2,
     targets=["SECURITY_FORCES"], perp="TJP", ps="CLAIMED")]),

]
