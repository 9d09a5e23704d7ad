/**
 * The simulator's HTTP plumbing, independent of the UCWA world it serves: requests and responses as values,
 * routing by path pattern and method, content negotiation, error responses and the adapter to the JDK's
 * {@code com.sun.net.httpserver}.
 */
package io.github.ucwakit.simulator.http;
