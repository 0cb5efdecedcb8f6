<?php
/**
 * The widgets' script (assets/widgets/aict-widgets.js, an ES module shipped in the plugin:
 * no CDN) is loaded only on pages that show a widget: the first block or shortcode rendered
 * enqueues it. WordPress 6.5+ loads it through the script-modules API; older releases get a
 * classic script handle whose tag is given type="module".
 *
 * @package AictWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Handle of the widgets' module (script-modules API) and of the classic-script fallback. */
const AICT_WIDGETS_SCRIPT = 'aict-widgets';

/**
 * URL of the widgets' entry module.
 *
 * @return string
 */
function aict_widgets_script_url() {
	return AICT_WIDGETS_URL . 'assets/widgets/aict-widgets.js';
}

/**
 * Whether this WordPress has the script-modules API (6.5+).
 *
 * @return bool
 */
function aict_widgets_has_script_modules() {
	return function_exists( 'wp_register_script_module' ) && function_exists( 'wp_enqueue_script_module' );
}

/**
 * Registers the script (both ways) and the accent-colour style handle.
 */
function aict_widgets_register_assets() {
	if ( aict_widgets_has_script_modules() ) {
		wp_register_script_module( AICT_WIDGETS_SCRIPT, aict_widgets_script_url(), array(), AICT_WIDGETS_VERSION );
	}
	// The classic handle serves WordPress < 6.5 and the block editor (6.5 prints script
	// modules on the front end only).
	wp_register_script( AICT_WIDGETS_SCRIPT, aict_widgets_script_url(), array(), AICT_WIDGETS_VERSION, true );
	wp_register_style( AICT_WIDGETS_SCRIPT, false, array(), AICT_WIDGETS_VERSION );
}
add_action( 'init', 'aict_widgets_register_assets' );

/**
 * Gives the classic handle's tag type="module" (what wp_enqueue_script_module does on 6.5+).
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function aict_widgets_module_tag( $tag, $handle ) {
	if ( AICT_WIDGETS_SCRIPT !== $handle || false !== strpos( $tag, 'type="module"' ) ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])text\/javascript\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'aict_widgets_module_tag', 10, 2 );

/**
 * The accent colour of the settings, as the widgets' custom property.
 *
 * @return string CSS, or '' without an accent colour.
 */
function aict_widgets_accent_css() {
	$settings = aict_widgets_settings();
	$accent   = sanitize_hex_color( $settings['accent'] );
	if ( empty( $accent ) ) {
		return '';
	}
	return 'aict-session,aict-programme,aict-room-map,aict-concurrent-sessions{--aict-accent:' . $accent . '}';
}

/**
 * Called by every block and shortcode render: the script (once) and the accent colour.
 */
function aict_widgets_enqueue_front() {
	static $done = false;
	if ( $done ) {
		return;
	}
	$done = true;
	if ( is_admin() || ( defined( 'REST_REQUEST' ) && REST_REQUEST ) ) {
		// Editor previews: aict_widgets_enqueue_editor_assets() loads the script there.
		return;
	}
	if ( aict_widgets_has_script_modules() ) {
		wp_enqueue_script_module( AICT_WIDGETS_SCRIPT );
	} else {
		wp_enqueue_script( AICT_WIDGETS_SCRIPT );
	}
	$css = aict_widgets_accent_css();
	if ( '' !== $css ) {
		wp_enqueue_style( AICT_WIDGETS_SCRIPT );
		wp_add_inline_style( AICT_WIDGETS_SCRIPT, $css );
	}
}

/**
 * The block editor shows the elements themselves as previews, so it loads the widgets too.
 */
function aict_widgets_enqueue_editor_assets() {
	if ( ! is_admin() ) {
		return;
	}
	wp_enqueue_script( AICT_WIDGETS_SCRIPT );
	$css = aict_widgets_accent_css();
	if ( '' !== $css ) {
		wp_enqueue_style( AICT_WIDGETS_SCRIPT );
		wp_add_inline_style( AICT_WIDGETS_SCRIPT, $css );
	}
}
add_action( 'enqueue_block_assets', 'aict_widgets_enqueue_editor_assets' );
