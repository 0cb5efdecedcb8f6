<?php
/**
 * Plugin Name:       AICT Widgets
 * Description:       Blocks and shortcodes that show the programme of the Forum de l’action internationale des collectivités (sessions, programme, room map, concurrent sessions) from its JSON feed.
 * Version:           0.0.0-dev
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Cités Unies France
 * License:           MIT
 * Text Domain:       aict-widgets
 * Domain Path:       /languages
 *
 * @package AictWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Replaced by the package version when `npm run build` writes the plugin. */
define( 'AICT_WIDGETS_VERSION', '0.0.0-dev' );
define( 'AICT_WIDGETS_FILE', __FILE__ );
define( 'AICT_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );
define( 'AICT_WIDGETS_URL', plugin_dir_url( __FILE__ ) );
/** The one option this plugin stores (removed by uninstall.php). */
define( 'AICT_WIDGETS_OPTION', 'aict_widgets_settings' );

require_once AICT_WIDGETS_DIR . 'includes/settings.php';
require_once AICT_WIDGETS_DIR . 'includes/elements.php';
require_once AICT_WIDGETS_DIR . 'includes/assets.php';
require_once AICT_WIDGETS_DIR . 'includes/blocks.php';
require_once AICT_WIDGETS_DIR . 'includes/shortcodes.php';

/**
 * Loads the plugin's translations (languages/aict-widgets-fr_FR.mo).
 */
function aict_widgets_load_textdomain() {
	load_plugin_textdomain( 'aict-widgets', false, dirname( plugin_basename( AICT_WIDGETS_FILE ) ) . '/languages' );
}
add_action( 'init', 'aict_widgets_load_textdomain', 1 );
