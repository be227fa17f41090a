/**
 * The speed-ups that reach into the Faces framework's workings, kept together behind one switch
 * ({@link vn.dannguyen.shared.web.speed.FacesSpeedups}): the view built once per Ajax request (an undocumented
 * Mojarra marker), PrimeFaces' select renderers that look a converter up once, and the intake save that draws
 * only what changed. Each says what it buys; {@code FacesSpeedupsTest} fails when the framework changes under
 * them. With {@code DANNGUYEN_FACES_SPEEDUPS=false} each does what the plain framework does. README, "Faces
 * speed-ups", has the figures.
 */
package vn.dannguyen.shared.web.speed;
