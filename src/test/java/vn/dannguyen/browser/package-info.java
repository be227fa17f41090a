/**
 * PrimeFaces components as page objects use them, on our own ChromeDriver: a thin stand-in for
 * primefaces-selenium ({@link vn.dannguyen.browser.PrimeFacesAjax#guardAjax}, {@link vn.dannguyen.browser.SelectOneMenu},
 * {@link vn.dannguyen.browser.DatePicker}); why that library is not used is said on {@link vn.dannguyen.browser.PrimeFacesAjax}.
 */
package vn.dannguyen.browser;
