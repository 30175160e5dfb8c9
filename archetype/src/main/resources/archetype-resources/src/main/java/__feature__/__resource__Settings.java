#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Settings of the ${labels} feature, {@code ${resourcePath}.*} (environment: {@code ${ENV}_...}). Checked at start: a service
 * with an invalid value does not start, and says which.
 */
@ConfigMapping(prefix = "${resourcePath}")
public interface ${resource}Settings {

    Export export();

    /** The NDJSON export. */
    interface Export {

        /** ${Labels} per database round trip: large enough to amortise it, small enough to bound memory. */
        @WithDefault("500")
        @Min(1)
        @Max(10_000)
        int chunkSize();
    }
}
