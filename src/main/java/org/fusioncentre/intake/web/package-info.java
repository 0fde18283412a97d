/** Intake's REST controllers and their problem details; private to the module. */
@NullMarked
package org.fusioncentre.intake.web;

import org.jspecify.annotations.NullMarked;
