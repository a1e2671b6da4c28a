/**
 * Per-user engagement histories indexed by time for leak-free feature extraction.
 */
package org.socialsim.workbench.features.internal;
