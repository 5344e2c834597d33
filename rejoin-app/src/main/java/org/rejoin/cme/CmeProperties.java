package org.rejoin.cme;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The LA's CME targets in school days, under {@code rejoin.cme} (docs/rules/cme.md). The locate,
 * determine and in-provision targets and the missing threshold are local policy defaults, not
 * statute; the looked-after placement follows statutory guidance.
 *
 * @param missingThreshold out of any provision this long counts as missing education (many LAs use 20)
 * @param locateWithin target from identification to located
 * @param provisionDeterminedWithin target from identification to the form of provision determined
 * @param inProvisionWithin target from identification to the child in provision
 * @param lookedAfterPlacementWithin a looked-after child moved in an emergency is placed within this
 */
@ConfigurationProperties("rejoin.cme")
public record CmeProperties(@DefaultValue("20") int missingThreshold, @DefaultValue("10") int locateWithin,
        @DefaultValue("15") int provisionDeterminedWithin, @DefaultValue("20") int inProvisionWithin,
        @DefaultValue("20") int lookedAfterPlacementWithin) {
}
