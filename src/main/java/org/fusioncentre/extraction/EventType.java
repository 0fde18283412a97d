package org.fusioncentre.extraction;

/** What happened (DESIGN §4). */
public enum EventType {
    /** Militants attack with firearms or rockets on a post, convoy, checkpoint, vehicle, place. */
    ARMED_ASSAULT(Family.ATTACK),
    /** Explosive device, not suicide: IED, roadside, remote-controlled, planted bomb, landmine, grenade. */
    BOMBING(Family.ATTACK),
    /** Suicide bombing or suicide assault, including vehicle-borne. */
    SUICIDE_ATTACK(Family.ATTACK),
    /** Deliberate killing of specific persons. */
    TARGETED_KILLING(Family.ATTACK),
    KIDNAPPING(Family.ATTACK),
    /** Sabotage: pylons, gas pipelines, railway tracks, towers, bridges. */
    INFRASTRUCTURE_ATTACK(Family.ATTACK),
    /** Exchange of fire between security forces and militants where the attacker is unclear. */
    ARMED_CLASH(Family.CLASH),
    /** Raids and intelligence-based operations by the state, arrests, militants killed. */
    SECURITY_OPERATION(Family.OPERATION),
    AIR_STRIKE(Family.AIR_STRIKE);

    /** Families within which types are compatible when matching and fusing. */
    public enum Family {
        ATTACK,
        CLASH,
        OPERATION,
        AIR_STRIKE
    }

    private final Family family;

    EventType(Family family) {
        this.family = family;
    }

    public Family family() {
        return family;
    }
}
