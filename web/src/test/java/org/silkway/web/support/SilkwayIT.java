package org.silkway.web.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks an Arquillian test on Payara Micro. {@link TestDatabase} runs first so that the database
 * the suite chose (H2 or PostgreSQL) is set before Arquillian starts Payara Micro.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
public @interface SilkwayIT {}
