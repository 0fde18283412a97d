/**
 * Coordination: the plan's committees (federal apex, provincial apex, district coordination),
 * their meetings and decisions, directives that cascade down the committee tree, the assignment
 * workflow with evidence, deadlines and escalation, and accountability views (DESIGN §1, §3).
 */
@NullMarked
@ApplicationModule(displayName = "Coordination")
package org.fusioncentre.coordination;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
