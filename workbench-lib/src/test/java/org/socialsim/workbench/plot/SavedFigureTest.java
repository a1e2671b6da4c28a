package org.socialsim.workbench.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SavedFigureTest {

    @Test
    void acceptsPlainNamesWithOrWithoutExtension() {
        assertEquals("02-confusion", SavedFigure.baseName("02-confusion"));
        assertEquals("02-confusion", SavedFigure.baseName("02-confusion.png"));
        assertEquals("04_shot.curve", SavedFigure.baseName(" 04_shot.curve.SVG "));
    }

    @Test
    void rejectsFoldersAndEmptyNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SavedFigure.baseName("../escape"));
        assertTrue(e.getMessage().contains("../escape"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SavedFigure.baseName("a/b"));
        assertThrows(IllegalArgumentException.class, () -> SavedFigure.baseName(" "));
    }
}
