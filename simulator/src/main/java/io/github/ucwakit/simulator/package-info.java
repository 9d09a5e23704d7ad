/**
 * A UCWA 2.0 simulator: {@link io.github.ucwakit.simulator.UcwaSimulator}, a real HTTP server on loopback serving a
 * consistent UCWA world, its command-line entry point and a JUnit 5 extension.
 */
package io.github.ucwakit.simulator;
