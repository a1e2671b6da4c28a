package org.socialsim.workbench.notebook.internal;

import java.util.UUID;
import org.rapaio.jupyter.kernel.MainApp;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.socialsim.workbench.notebook.Html;
import org.socialsim.workbench.notebook.LineDisplay;

/**
 * The rapaio Jupyter kernel as a {@link LineDisplay}: display data with a display id, updated in place. Only loaded
 * inside the kernel (by {@link WorkbenchDisplays}), so the library never touches kernel classes elsewhere.
 */
final class KernelLineDisplay implements LineDisplay {

    @Override
    public String show(Html content) {
        String id = UUID.randomUUID().toString();
        MainApp.kernel.display(data(id, content));
        return id;
    }

    @Override
    public void update(String id, Html content) {
        MainApp.kernel.updateDisplay(data(id, content));
    }

    /** Display data holding both the HTML and the plain-text form. */
    static DisplayData data(String id, Html content) {
        DisplayData d = DisplayData.fromHtml(content.html());
        d.putText(content.text());
        if (id != null) {
            d.setDisplayId(id);
        }
        return d;
    }
}
