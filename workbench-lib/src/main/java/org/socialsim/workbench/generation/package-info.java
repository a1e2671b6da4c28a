/**
 * Action-guided response generation and semantic-alignment scoring (meaning, sentiment, emotion, stance, style).
 */
package org.socialsim.workbench.generation;
