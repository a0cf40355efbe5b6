/**
 * The domain model: {@link dev.startupmatching.model.Startup startups}, {@link
 * dev.startupmatching.model.BusinessUnit business units}, their {@link
 * dev.startupmatching.model.Need needs} and {@link dev.startupmatching.model.TechnologyArea
 * technology areas}.
 *
 * <p>Every type is an immutable value with a validating builder: setters reject bad values at once
 * with a message naming the attribute, so an instance that exists is valid.
 */
package dev.startupmatching.model;
