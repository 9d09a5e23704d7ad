/**
 * The state of the simulated UCWA world: the people of the directory, the applications the user created, their
 * communication settings, conversations, participants and messages, and each application's ordered event log.
 * Independent of HTTP and of how resources are written.
 */
package io.github.ucwakit.simulator.world;
