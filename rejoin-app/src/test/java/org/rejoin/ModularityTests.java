package org.rejoin;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Fails the build on a cycle between modules or a reach into another module's internals, and
 * writes the module diagram and canvases into docs/modules from the same model.
 */
class ModularityTests {

    /**
     * rejoin-linkage shares the base package but is a plain library in its own Maven module, with
     * no Spring in it: it is not an application module, and Maven keeps its boundary.
     */
    static final ApplicationModules MODULES = ApplicationModules.of(RejoinApplication.class,
            JavaClass.Predicates.resideInAPackage("org.rejoin.linkage.."));

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublicApi() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
