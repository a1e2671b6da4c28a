/**
 * The one sentence encoder (MiniLM / bge-small from Maven jars) and text helpers such as lexicons.
 */
package org.socialsim.workbench.text;
