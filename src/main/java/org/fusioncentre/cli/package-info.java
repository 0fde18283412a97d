/** The command line ({@code ./fusion}): thin commands that start the application and call the modules. */
@NullMarked
@ApplicationModule(displayName = "Command line")
package org.fusioncentre.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
